// First-visit figures on a mid-range phone's link, for `cargo xtask bench`: Chromium with the CPU
// slowed 4x, 1.6 Mbps down, 750 Kbps up and 150 ms round trips (Lighthouse's mobile profile),
// no cache and no service worker, against a server that sends the site's precompressed files and
// one that sends every file as it is. Prints each figure next to its budget and exits 1 when one
// is over.
// Usage: node tests/bench-phone.mjs COMPRESSED_URL PLAIN_URL PACK_JSON
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [compressedBase, plainBase, packJson] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_PHONE_RUNS || 3);

const pack = JSON.parse(readFileSync(packJson, 'utf8'));
const firstOf = (kind) => {
  for (const m of pack.modules) {
    const item = m.items.find((i) => i.kind === kind);
    if (item) return `${m.id}/${item.id}`;
  }
  throw new Error(`the pack has no ${kind}`);
};
const lesson = firstOf('lesson');
const exercise = firstOf('exercise');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

// A new visitor: a fresh profile (no HTTP cache, no storage), service workers blocked so every
// visit measured is a first one, and the phone's CPU and link.
async function visit() {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

async function timeTo(url, selector) {
  const { context, page } = await visit();
  try {
    const t = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(selector).first().waitFor({ timeout: 120000 });
    return Date.now() - t;
  } finally {
    await context.close();
  }
}

// The editor, then the first Run pressed as soon as it is there: the learner does not wait for
// the engine, and the time to the verdict counts from the click.
async function editorAndFirstRun(base) {
  const { context, page } = await visit();
  try {
    const t = Date.now();
    await page.goto(`${base}#/m/${exercise}`, { waitUntil: 'commit' });
    await page.locator('.cm-content').waitFor({ timeout: 120000 });
    const editor = Date.now() - t;
    const clicked = Date.now();
    await page.locator('button.run').click();
    await page.locator('.results .summary').waitFor({ timeout: 120000 });
    return [editor, Date.now() - clicked];
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function figure(measure) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measure());
  return samples;
}

const rows = [];
const check = (name, ms, budget) => rows.push({ name, ms, budget });

for (const [label, base] of [['compressed', compressedBase], ['uncompressed', plainBase]]) {
  const moduleList = median(await figure(() => timeTo(base, '.module-list .module-card')));
  check(`${label}: module list visible`, moduleList, label === 'compressed' ? 4000 : 8000);
  if (label === 'compressed') {
    check(`${label}: a lesson readable`, median(await figure(() => timeTo(`${base}#/m/${lesson}`, 'article.lesson .prose p'))), 4000);
    const both = await figure(() => editorAndFirstRun(base));
    check(`${label}: editor ready for typing`, median(both.map((b) => b[0])), 5000);
    check(`${label}: first grading result after the first Run`, median(both.map((b) => b[1])), 8000);
  }
}
await browser.close();

console.log(`\nfirst visit, phone profile (CPU 4x slower, 1.6 Mbps, 150 ms RTT; median of ${RUNS})`);
let over = 0;
for (const r of rows) {
  const ok = r.ms <= r.budget;
  if (!ok) over++;
  console.log(`  ${r.name.padEnd(58)} ${String(r.ms).padStart(6)} ms   budget ${String(r.budget).padStart(5)} ms  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
if (over) {
  console.log(`${over} phone-profile budget(s) broken`);
  process.exit(1);
}
