// The grading worker: loads the grader (Boa compiled to wasm) once, then grades each exercise
// or runs each lesson example it is sent.
// The page terminates this worker when a run exceeds its time limit.
import init, { grade, grade_hints, prewarm, run } from './puente_worker.js';

// Between runs the worker is idle: it builds the next run's sandbox then, so a Run only pays
// for the learner's code and the tests. Deferred so a reply is on its way first.
const warmSoon = () => setTimeout(prewarm, 0);

const ready = init({ module_or_path: './puente_worker_bg.wasm' }).then(() => {
  // The page sends its first run on "ready": have that run's sandbox waiting already.
  prewarm();
  self.postMessage({ type: 'ready' });
});

self.onmessage = async (event) => {
  await ready;
  const { id, request, mode } = event.data;
  const report = mode === 'run' ? run(request) : mode === 'hints' ? grade_hints(request) : grade(request);
  self.postMessage({ type: 'result', id, report });
  warmSoon();
};
