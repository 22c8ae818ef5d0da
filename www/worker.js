// The grading worker: loads the grader (Boa compiled to wasm) once and grades each request.
// The page terminates this worker when a run exceeds its time limit.
import init, { grade } from './puente_worker.js';

const ready = init({ module_or_path: './puente_worker_bg.wasm' }).then(() => {
  self.postMessage({ type: 'ready' });
});

self.onmessage = async (event) => {
  await ready;
  const { id, request } = event.data;
  const report = grade(request);
  self.postMessage({ type: 'result', id, report });
};
