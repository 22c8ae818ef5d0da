// Talking to the grading worker directly, as the app does, to compare its reports with the CLI's.

/// The grading worker's answer to one request (`mode` and the request's JSON, as
/// grader::protocol::Request has them), run in a fresh worker of `page` (on the site at `base`):
/// the report, as the CLI's grading subcommands print it.
export async function inWorker(page, base, mode, requestJson) {
  if (!page.url().startsWith(base)) await page.goto(base);
  const message = JSON.stringify({ mode, request: JSON.parse(requestJson) });
  const reply = JSON.parse(await page.evaluate((msg) => new Promise((resolve, reject) => {
    const worker = new Worker('./worker.js', { type: 'module' });
    worker.onerror = (e) => reject(new Error(e.message));
    worker.onmessage = (e) => {
      if (e.data.type === 'ready') worker.postMessage({ id: 1, request: msg });
      if (e.data.type === 'result') { worker.terminate(); resolve(e.data.report); }
    };
  }), message));
  return reply.value;
}
