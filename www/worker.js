// The grading worker: loads the grader (Boa compiled to wasm) once, then grades each exercise
// or runs each lesson example it is sent.
// The page terminates this worker when a run exceeds its time limit.
import init, { grade, grade_hints, run } from './puente_worker.js';

const ready = init({ module_or_path: './puente_worker_bg.wasm' }).then(() => {
  self.postMessage({ type: 'ready' });
});

self.onmessage = async (event) => {
  await ready;
  const { id, request, mode } = event.data;
  const report = mode === 'run' ? run(request) : mode === 'hints' ? grade_hints(request) : grade(request);
  self.postMessage({ type: 'result', id, report });
};
