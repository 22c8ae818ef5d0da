// Browser figures for `cargo xtask bench`: transfer sizes, time to an editor ready for input,
// grading latency, the main thread while grading, and the time to a timeout verdict. Prints each
// figure with its budget, and exits 1 after printing them all when one is broken.
// Usage: node tests/bench.mjs http://127.0.0.1:PORT/ DIST_DIR PACK_JSON
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const [base, dist, packJson] = process.argv.slice(2);
const kb = (n) => (n / 1024).toFixed(1).padStart(9) + ' KB';

console.log('\nfile sizes (first load)                       raw         gzip       brotli');
const total = [0, 0, 0];
// Every file of the site is fetched on a first visit: the page loads most of it, and the service
// worker precaches the rest (icons, manifest) for offline use. The precompressed copies (.br,
// .gz) are what a compressing server sends instead; the brotli column is their size.
const files = readdirSync(dist, { recursive: true })
  .filter((f) => statSync(join(dist, f)).isFile() && !/\.(br|gz)$/.test(f))
  .sort();
for (const f of files) {
  const b = readFileSync(join(dist, f));
  const sizes = [b.length, gzipSync(b, { level: 9 }).length,
    brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
  sizes.forEach((s, i) => { total[i] += s; });
  console.log(f.padEnd(36), ...sizes.map(kb));
}
console.log('total'.padEnd(36), ...total.map(kb));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const browser = await launch();
const pack = JSON.parse(readFileSync(packJson, 'utf8'));
const testCount = (e) => (e.tests.match(/\b(test|it)\(/g) || []).length;
const exercises = pack.modules
  .flatMap((m) => m.items.filter((i) => i.kind === 'exercise').map((e) => ({ ...e, id: `${m.id}/${e.id}` })))
  .sort((a, b) => testCount(b) - testCount(a))
  .slice(0, 20);

// Budgets, as the README states them; a broken one is printed and fails the run at the end.
const broken = [];
const budget = (name, value, limit, unit) => {
  const ok = value <= limit;
  if (!ok) broken.push(`${name}: ${value}${unit} over the budget of ${limit}${unit}`);
  return `(budget ≤ ${limit}${unit}${ok ? '' : ', BROKEN'})`;
};

// What a first visit carries over the network, brotli as the compressing server sends it,
// counted from the browser's own byte counts; service workers are blocked so that precaching
// for offline use, which runs after the page is usable, is not counted.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const counted = [];
  let editorBytes = null;
  const engine = new Promise((resolve) => {
    context.on('requestfinished', (request) => {
      counted.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize).catch(() => 0));
      if (/puente_worker_bg[^/]*\.wasm/.test(request.url())) resolve(true);
    });
    setTimeout(() => resolve(false), 30000);
  });
  const sum = async () => (await Promise.all(counted)).reduce((a, b) => a + b, 0);
  await page.goto(`${base}#/m/${exercises[0].id}`);
  await page.locator('.cm-content').waitFor();
  editorBytes = await sum();
  const arrived = await engine;
  await page.waitForTimeout(200);
  const withEngine = await sum();
  await context.close();
  const firstLoadKb = Math.round(editorBytes / 1024);
  console.log(`
first load, until the editor is ready for typing: ${firstLoadKb} KB ${budget('first load', firstLoadKb, 1536, ' KB')}`);
  console.log(`first visit including the grading engine${arrived ? '' : ' (the engine did not arrive in 30 s)'}: ${Math.round(withEngine / 1024)} KB (no budget: the engine arrives after the page is usable)`);
}

const ready = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t = Date.now();
  await page.goto(`${base}#/m/${exercises[0].id}`);
  await page.locator('.cm-content').waitFor();
  ready.push(Date.now() - t);
  await context.close();
}
console.log(`\ntime to editor ready, cold cache (median of 5): ${median(ready)} ms ${budget('editor ready, cold cache', median(ready), 1000, ' ms')}`);

// Warm: the service worker of an earlier visit serves every file from its cache.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}#/m/${exercises[0].id}`);
  await page.locator('.cm-content').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const warm = [];
  for (let i = 0; i < 5; i++) {
    await page.goto('about:blank');
    const t = Date.now();
    await page.goto(`${base}#/m/${exercises[0].id}`);
    await page.locator('.cm-content').waitFor();
    warm.push(Date.now() - t);
  }
  await context.close();
  console.log(`time to editor ready, service worker warm (median of 5): ${median(warm)} ms ${budget('editor ready, service worker warm', median(warm), 400, ' ms')}`);
}

const context = await browser.newContext();
const page = await context.newPage();
// Two views of the main thread while grading, kept as maxima over every run: the browser's own
// long-task entries (tasks over 50 ms), and a lag probe, a 10 ms timer chain whose late firings
// show any stall, long task or not.
await page.addInitScript(() => {
  window.__grading = false;
  window.__longest = 0;
  window.__longestAnytime = 0;
  window.__lag = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__longestAnytime = Math.max(window.__longestAnytime, e.duration);
      if (window.__grading) window.__longest = Math.max(window.__longest, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (window.__grading) window.__lag = Math.max(window.__lag, now - last - 10);
    last = now;
    setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
});
const latencies = [];
const framed = [];
const byExercise = {};
let first;
for (const ex of exercises) {
  await page.goto(`${base}#/m/${ex.id}`);
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(ex.solution);
  for (let r = 0; r < 5; r++) {
    // A learner reads the results before running again; the worker uses that pause.
    await page.waitForTimeout(100);
    // Timed inside the page, from the click to the results committed to the DOM and then to
    // the next frame (on screen), so the automation's own round trips are not counted.
    const ms = await page.evaluate(() => new Promise((resolve) => {
      const busy = () => document.querySelector('.results')?.getAttribute('aria-busy');
      let started = false;
      let t;
      const observer = new MutationObserver(() => {
        if (busy() === 'true') started = true;
        if (started && busy() === 'false' && document.querySelector('.results .summary')) {
          observer.disconnect();
          const dom = performance.now() - t;
          requestAnimationFrame(() => setTimeout(() => {
            window.__grading = false;
            resolve([dom, performance.now() - t]);
          }, 0));
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      t = performance.now();
      window.__grading = true;
      document.querySelector('button.run').click();
    }));
    if (first === undefined) first = ms; else { latencies.push(ms[0]); framed.push(ms[1]); (byExercise[ex.id] ??= []).push(ms[0]); }
  }
}
const mainThread = await page.evaluate(() => ({ longest: window.__longest, anytime: window.__longestAnytime, lag: window.__lag }));
const f = (ms) => ms.toFixed(1);
console.log(`first grading (worker just started): ${f(first[0])} ms`);
console.log(`grading latency, click to results in the DOM (${latencies.length} warm runs over ${exercises.length} exercises): median ${f(median(latencies))} ms ${budget('grading latency median', +f(median(latencies)), 30, ' ms')}, p95 ${f(p95(latencies))} ms ${budget('grading latency p95', +f(p95(latencies)), 100, ' ms')}`);
const slowest = Object.entries(byExercise).map(([id, ms]) => [id, median(ms)]).sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(`  slowest exercises (median): ${slowest.map(([id, ms]) => `${id} ${f(ms)} ms`).join(', ')}`);
console.log(`grading latency, click to the next frame with results: median ${f(median(framed))} ms, p95 ${f(p95(framed))} ms`);
const runs = latencies.length + 1;
console.log(`longest main-thread task while grading (long-task entries, max over all ${runs} runs): ${mainThread.longest.toFixed(0)} ms ${budget('longest main-thread task while grading', Math.round(mainThread.longest), 50, ' ms')}`);
console.log(`main-thread lag while grading (10 ms probe, max over all ${runs} runs): ${mainThread.lag.toFixed(0)} ms`);
console.log(`longest main-thread task anywhere in the session, page loads included: ${mainThread.anytime.toFixed(0)} ms`);

await page.goto(`${base}#/m/${exercises[0].id}`);
await page.locator('.cm-content').click();
await page.keyboard.press('Control+A');
// The loop goes into the first function's body: a starter's comments may hold braces too.
await page.keyboard.insertText(exercises[0].starter.replace(/(function[^{]*\{)/, '$1 while (true) {}'));
const t = Date.now();
await page.locator('button.run').click();
await page.locator('.summary.timeout').waitFor({ timeout: 20000 });
const toVerdict = Date.now() - t;
console.log(`while(true){} to timeout verdict: ${toVerdict} ms (limit ${exercises[0].time_limit_ms} ms) ${budget('timeout verdict', toVerdict, exercises[0].time_limit_ms + 500, ' ms')}`);
// The grader in wasm, timed inside the page around a worker round trip, against the same
// requests the native benchmark grades.
const tenTests = "import { describe, test, expect } from '@jest/globals';\nimport { total } from './solution';\ndescribe('total', () => {\n" +
  Array.from({ length: 10 }, (_, i) => `  test('case ${i}', () => { expect(total([${i}, 1, 2])).toBe(${i + 3}); });\n`).join('') + '});\n';
const requests = {
  ten: JSON.stringify({ solution: 'export function total(xs) { let s = 0; for (const x of xs) s += x; return s; }', tests: tenTests }),
  empty: JSON.stringify({ solution: 'export const x = 1;', tests: "test('noop', () => {});" }),
};
const snippets = JSON.parse(readFileSync('tests/bench/snippets.json', 'utf8'));
const wasm = await page.evaluate(async ({ requests, snippets }) => {
  const worker = new Worker('./worker.js', { type: 'module' });
  await new Promise((resolve) => { worker.onmessage = (e) => { if (e.data.type === 'ready') resolve(); }; });
  let id = 0;
  const send = (request, mode) => new Promise((resolve) => {
    const mine = ++id;
    worker.onmessage = (e) => { if (e.data.type === 'result' && e.data.id === mine) resolve(e.data.report); };
    // A grader::protocol::Request, as the app sends it.
    worker.postMessage({ id: mine, request: JSON.stringify({ mode, request: JSON.parse(request) }) });
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // Back to back, each run also waits for the sandbox the worker builds after every reply;
  // with a pause between runs (as between a learner's clicks) that sandbox is ready.
  const time = async (request, mode, runs, pause = 0) => {
    await send(request, mode);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      if (pause) await new Promise((r) => setTimeout(r, pause));
      const t = performance.now();
      await send(request, mode);
      samples.push(performance.now() - t);
    }
    return median(samples);
  };
  const out = {
    empty: await time(requests.empty, 'grade', 30),
    ten: await time(requests.ten, 'grade', 30),
    tenWarm: await time(requests.ten, 'grade', 30, 100),
    snippets: {},
  };
  for (const s of snippets) out.snippets[s.name] = await time(JSON.stringify({ code: s.code }), 'run', 5);
  worker.terminate();
  return out;
}, { requests, snippets });
console.log(`\nwasm (worker round trip): sandbox + harness + 1 empty test  median ${wasm.empty.toFixed(1)} ms`);
console.log(`wasm (worker round trip): grade a 10-test exercise          median ${wasm.ten.toFixed(1)} ms`);
console.log(`wasm (worker round trip): the same, sandbox prebuilt         median ${wasm.tenWarm.toFixed(1)} ms`);

// Engine speed against Node on the same snippets, as multiples of Node's time.
let native = {};
try { native = JSON.parse(readFileSync('target/bench-native.json', 'utf8')); } catch (_) { /* native figures not run */ }
console.log('\nengine speed (median ms; ratio to Node)      Node      Boa native         Boa wasm');
for (const s of snippets) {
  const samples = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); new Function(s.code)(); samples.push(performance.now() - t); }
  const node = Math.max(median(samples), 0.01);
  const cell = (ms) => ms === undefined ? '         -      ' : `${ms.toFixed(1).padStart(8)} (${(ms / node).toFixed(0).padStart(4)}x)`;
  console.log(`${s.name.padEnd(40)} ${node.toFixed(2).padStart(8)} ${cell(native[s.name])} ${cell(wasm.snippets[s.name])}`);
}
await browser.close();
if (broken.length) {
  console.log(`\nbudgets broken:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
