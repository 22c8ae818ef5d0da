// The grading worker: loads the grader (Boa compiled to wasm) once, then grades each exercise
// or runs each lesson example it is sent.
// The page terminates this worker when a run exceeds its time limit.
//
// Messages from the page: {id, request, mode}, mode 'grade' (or absent), 'hints', 'suite' or
// 'run', request the JSON-encoded GradeRequest, HintsRequest, SuiteRequest or RunRequest; or
// mode 'pack', request a one-file pack's text, answered with Result<Pack, OpenError> as JSON.
//
// Messages to the page, each an object with a `type`:
//   {type: 'loading'}
//       The engine is still on its way (sent as it starts, then a few times a second while its
//       bytes arrive, and before it is compiled): a run waiting for it should keep waiting.
//   {type: 'ready'}
//       The grader is loaded; runs can be sent.
//   {type: 'result', id, report}
//       The run `id` finished; `report` is the JSON-encoded GradeReport (RunReport for 'run').
//   {type: 'crashed', id, reason, test, message}
//       The run `id` brought the grader down and has no report. `reason` is 'memory' (it used
//       more memory than a run may), 'stack' (the engine's native recursion overflowed the
//       stack, usually on data nested thousands of levels deep) or 'trap' (anything else);
//       `test` is the name of the test that was running, or null while the code was loading and
//       for lesson examples; `message` is the JavaScript error's text, for logs. The report to
//       show is `GradeReport::crashed(Crash::from_reason(reason), test)` (`RunReport::crashed`
//       for 'run'), the same text the `puente` command prints. `id` is null when the crash
//       happened between runs (preparing the next run's sandbox). The worker closes itself
//       right after posting this: a trapped wasm instance cannot be trusted, so start a new one.
//   {type: 'failed', reason}
//       The grader could not be loaded (`reason` is the error's text); the worker is useless.
import init, { handle, prewarm } from './puente_worker.js';
import initHtml, { parse_html } from './puente_html.js';

// What the grader is doing, told by the grader itself (crates/worker/src/lib.rs) before it does
// it: after a trap the instance cannot be asked anything, so these are all there is to know.
let runningTest = null;
let outOfMemory = false;
globalThis.puenteStage = (test) => {
  runningTest = test ?? null;
};
globalThis.puenteOutOfMemory = () => {
  outOfMemory = true;
};

// The grader's `Intl` (crates/grader/src/intl_shim.js) asks the browser's own: learner code
// formats numbers and dates exactly as this browser does, with no locale data in the wasm.
// Request and answer are JSON: {op, locales, options, value, …} → {ok} or {error, message}.
globalThis.puenteLocale = (requestJson) => {
  try {
    const r = JSON.parse(requestJson);
    return JSON.stringify({ ok: answerLocale(r) });
  } catch (error) {
    return JSON.stringify({ error: error?.name ?? 'Error', message: String(error?.message ?? error) });
  }
};

const localeKinds = {
  number: Intl.NumberFormat,
  date: Intl.DateTimeFormat,
  plural: Intl.PluralRules,
  collator: Intl.Collator,
  segmenter: Intl.Segmenter,
  list: Intl.ListFormat,
  relative: Intl.RelativeTimeFormat,
};

function answerLocale(r) {
  switch (r.op) {
    case 'number': return new Intl.NumberFormat(r.locales, r.options).format(r.value);
    case 'numberParts': return new Intl.NumberFormat(r.locales, r.options).formatToParts(r.value);
    case 'date': return new Intl.DateTimeFormat(r.locales, r.options).format(r.value);
    case 'dateParts': return new Intl.DateTimeFormat(r.locales, r.options).formatToParts(r.value);
    case 'plural': return new Intl.PluralRules(r.locales, r.options).select(r.value);
    case 'compare': return new Intl.Collator(r.locales, r.options).compare(r.a, r.b);
    case 'segment':
      return Array.from(new Intl.Segmenter(r.locales, r.options).segment(r.value),
        ({ segment, index, isWordLike }) => (isWordLike === undefined ? { segment, index } : { segment, index, isWordLike }));
    case 'list': return new Intl.ListFormat(r.locales, r.options).format(r.value);
    case 'relative': return new Intl.RelativeTimeFormat(r.locales, r.options).format(r.value, r.unit);
    case 'upper': return r.value.toLocaleUpperCase(r.locales);
    case 'lower': return r.value.toLocaleLowerCase(r.locales);
    case 'canonical': return Intl.getCanonicalLocales(r.locales);
    case 'supported': return localeKinds[r.kind].supportedLocalesOf(r.locales);
    case 'resolved': return new localeKinds[r.kind](r.locales, r.options).resolvedOptions();
    default: throw new TypeError(`unknown locale request ${r.op}`);
  }
}

// The HTML parser of page exercises is a wasm module of its own (crates/html), loaded the
// first time a run has a page: most exercises have none, and the engine's first download on a
// slow link is smaller without it. The grader calls this synchronously while a run parses its
// page or an `innerHTML`; a failure becomes an error in the learner's run, never a trap.
let htmlLoaded = null;
globalThis.puenteParseHtml = (html, context) => parse_html(html, context ?? undefined);

// Whether a request (the JSON of grader::protocol::Request) runs in a page, and so needs the
// HTML parser loaded first.
function hasPage(request) {
  try {
    return JSON.parse(request).request?.page != null;
  } catch {
    return false;
  }
}

function loadHtml() {
  htmlLoaded ??= download('./puente_html_bg.wasm').then((bytes) => initHtml({ module_or_path: bytes }));
  return htmlLoaded;
}

let crashed = false;

// Why the wasm stopped. A refused allocation announces itself before the trap; a stack overflow
// shows as the browser's call-stack error (RangeError in Chrome and Safari, "too much recursion"
// in Firefox) or, when Rust's own stack in linear memory overflows first, as an out-of-bounds
// memory access, which safe Rust code cannot cause any other way.
function reasonFor(error) {
  if (outOfMemory) return 'memory';
  const text = String(error?.message ?? error);
  if (error instanceof RangeError || /call stack|too much recursion|out of bounds/i.test(text)) {
    return 'stack';
  }
  return 'trap';
}

// Calls into the wasm; on a trap, tells the page and closes the worker. Returns whether the
// call returned normally, with its value in `outcome.value`.
function guarded(id, call, outcome = {}) {
  if (crashed) return false;
  runningTest = null;
  // A refusal that did not stop the instance (a fallible reservation gets an error back
  // instead) must not blame a later run's different trap on memory.
  outOfMemory = false;
  try {
    outcome.value = call();
    return true;
  } catch (error) {
    crashed = true;
    self.postMessage({
      type: 'crashed',
      id,
      reason: reasonFor(error),
      test: runningTest,
      message: String(error?.message ?? error),
    });
    self.close();
    return false;
  }
}

// Between runs the worker is idle: it builds the next run's sandbox then, so a Run only pays
// for the learner's code and the tests. Deferred so a reply is on its way first.
const warmSoon = () => setTimeout(() => guarded(null, prewarm), 0);

// The engine is downloaded here rather than by `init` so the page can hear that a slow download
// is still moving, and keep a waiting run alive instead of giving up on it.
// A worker named 'gzip' was started by a page whose server sends files uncompressed: it fetches
// the engine's gzip copy (written by `cargo xtask dist`) and unpacks it, about a third of the
// bytes.
async function download(url) {
  self.postMessage({ type: 'loading' });
  const packed = self.name === 'gzip' && typeof DecompressionStream === 'function';
  let response = packed ? await fetch(url + '.gz') : null;
  if (!response?.ok) response = await fetch(url);
  if (!response.ok) throw new Error(`the engine could not be downloaded (the server answered ${response.status})`);
  const chunks = [];
  let told = Date.now();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    if (Date.now() - told > 250) {
      told = Date.now();
      self.postMessage({ type: 'loading' });
    }
  }
  self.postMessage({ type: 'loading' });
  const blob = new Blob(chunks);
  // Some servers label .gz files as gzip-encoded, and the browser has unpacked it already.
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  if (head[0] === 0x1f && head[1] === 0x8b) {
    return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  }
  return blob.arrayBuffer();
}

const ready = download('./puente_worker_bg.wasm').then((bytes) => init({ module_or_path: bytes })).then(
  () => {
    // The page sends its first run on "ready": have that run's sandbox waiting already.
    if (!guarded(null, prewarm)) return false;
    self.postMessage({ type: 'ready' });
    return true;
  },
  (error) => {
    self.postMessage({ type: 'failed', reason: String(error) });
    return false;
  },
);

self.onmessage = async (event) => {
  if (!(await ready) || crashed) return;
  const { id, request } = event.data;
  if (hasPage(request)) {
    try {
      await loadHtml();
    } catch (error) {
      // Without the parser the run still goes ahead: its page fails to parse, and the learner
      // reads why in the run's error instead of waiting for nothing.
      htmlLoaded = null;
    }
  }
  const outcome = {};
  if (!guarded(id, () => handle(request), outcome)) return;
  self.postMessage({ type: 'result', id, report: outcome.value });
  warmSoon();
};
