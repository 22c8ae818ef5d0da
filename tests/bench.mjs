// Browser figures for `cargo xtask bench`: transfer sizes, time to an editor ready for input,
// grading latency, and the time to a timeout verdict. Prints figures; asserts nothing.
// Usage: node tests/bench.mjs http://127.0.0.1:PORT/ DIST_DIR PACK_JSON
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const [base, dist, packJson] = process.argv.slice(2);
const kb = (n) => (n / 1024).toFixed(1).padStart(9) + ' KB';

console.log('\nfile sizes (first load)                       raw         gzip       brotli');
const total = [0, 0, 0];
// Everything in dist/ is fetched on a first visit: the page loads most of it, and the service
// worker precaches the rest (icons, manifest) for offline use.
const files = readdirSync(dist, { recursive: true }).filter((f) => statSync(join(dist, f)).isFile()).sort();
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
console.log(`\ntime to editor ready, cold cache (median of 5): ${median(ready)} ms`);

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
  console.log(`time to editor ready, service worker warm (median of 5): ${median(warm)} ms`);
}

const context = await browser.newContext();
const page = await context.newPage();
await page.addInitScript(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
});
const latencies = [];
let first;
for (const ex of exercises) {
  await page.goto(`${base}#/m/${ex.id}`);
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(ex.solution);
  for (let r = 0; r < 5; r++) {
    await page.evaluate(() => { window.__longest = 0; });
    const t = Date.now();
    await page.locator('button.run').click();
    await page.locator('.results .summary').waitFor();
    const ms = Date.now() - t;
    if (first === undefined) first = ms; else latencies.push(ms);
  }
}
const longestWhileGrading = await page.evaluate(() => window.__longest);
console.log(`first grading (worker just started): ${first} ms`);
console.log(`grading latency, click to results (${latencies.length} warm runs over ${exercises.length} exercises): median ${median(latencies)} ms, p95 ${p95(latencies)} ms`);
console.log(`longest main-thread task during the last run: ${longestWhileGrading.toFixed(0)} ms`);

await page.goto(`${base}#/m/${exercises[0].id}`);
await page.locator('.cm-content').click();
await page.keyboard.press('Control+A');
await page.keyboard.insertText(exercises[0].starter.replace('{', '{ while (true) {}'));
const t = Date.now();
await page.locator('button.run').click();
await page.locator('.summary.timeout').waitFor({ timeout: 20000 });
console.log(`while(true){} to timeout verdict: ${Date.now() - t} ms (limit ${exercises[0].time_limit_ms} ms)`);
await browser.close();
