// `puente report` in headless Chromium: a report built from 30 generated progress files (plus a
// duplicate, a file for another course and one that is not progress at all) opens from disk,
// sorts by a column and filters by a learner or an exercise.
// Usage: node tests/report.mjs PUENTE_BIN
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [bin] = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'puente-report-'));
const EXERCISES = ['say-hello', 'add-two-numbers', 'full-name', 'celsius-to-fahrenheit', 'price-with-tax'].map((e) => `welcome/${e}`);
const day = 86_400_000;
const start = Date.UTC(2026, 10, 2);

function learner(i, { pack = 'fundamentals', exportedAt = start + 40 * day } = {}) {
  const exercises = {};
  EXERCISES.forEach((id, n) => {
    if (n > i % 6) return;
    const passed = n < i % 6;
    exercises[id] = {
      status: passed ? 'passed' : 'attempted', code: '// work', passed, attempts: 1 + ((i + n) % 4),
      hints_shown: n % 2, solution_shown: i % 7 === 0 && n === 0,
      last_run: { verdict: passed ? 'passed' : 'failed', failing_tests: passed ? [] : ['greets Ana by name'], error_kind: passed ? null : (i % 2 ? 'TypeError' : null), at: start + i * day },
      started_at: start, updated_at: start + i * day,
    };
  });
  return JSON.stringify({
    format: 'puente-progress', schema: 2, pack: { id: pack, version: '0.2.0' }, exported_at: exportedAt,
    display_name: `Learner ${String(i).padStart(2, '0')}`, display_name_at: start, last_visited: null, last_visited_at: 0,
    exercises, lessons: { 'welcome/first-program': { read_at: start } }, quizzes: {},
  });
}

const files = [];
for (let i = 0; i < 30; i++) {
  const path = join(work, `learner-${i}.json`);
  writeFileSync(path, learner(i));
  files.push(path);
}
const older = join(work, 'learner-3-old.json');
writeFileSync(older, learner(3, { exportedAt: start }));
const other = join(work, 'other-course.json');
writeFileSync(other, learner(31, { pack: 'web-basics' }));
const junk = join(work, 'notes.json');
writeFileSync(junk, '{"todo": "not progress"}');
files.push(older, other, junk);

const out = join(work, 'report.html');
const csv = join(work, 'report.csv');
const printed = execFileSync(bin, ['report', ...files, '--pack', 'packs/fundamentals', '--out', out, '--csv', csv], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
assert.match(printed, /31 learner\(s\)/);
assert.match(readFileSync(csv, 'utf8').split('\n')[0], /^learner,item,kind,status/);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(/^(?!file:)/, (route) => { errors.push(`requested ${route.request().url()}`); route.abort(); });
  await page.goto(`file://${out}`);
  const rows = page.locator('#learners tbody tr');
  assert.equal(await rows.count(), 31);
  const notes = await page.locator('.notices').innerText();
  assert.match(notes, /learner-3-old\.json.*older/);
  assert.match(notes, /other-course\.json.*"web-basics"/);
  assert.match(notes, /notes\.json.*not a Puente progress file/);

  const done = page.locator('#learners thead th', { hasText: 'Done' });
  await done.click();
  assert.equal(await done.getAttribute('aria-sort'), 'ascending');
  const first = Number(await rows.first().locator('td').nth(2).getAttribute('data-sort'));
  const last = Number(await rows.last().locator('td').nth(2).getAttribute('data-sort'));
  assert.ok(first <= last, `ascending: ${first} then ${last}`);
  await done.click();
  assert.equal(await done.getAttribute('aria-sort'), 'descending');
  assert.ok(Number(await rows.first().locator('td').nth(2).getAttribute('data-sort')) >= last);

  await page.locator('#filter').fill('learner 07');
  assert.equal(await page.locator('#learners tbody tr:not(.hidden)').count(), 1);
  assert.equal(await page.locator('#grid tbody tr:not(.hidden)').count(), 1);
  await page.locator('#filter').fill('say-hello');
  assert.equal(await page.locator('#exercises tbody tr:not(.hidden)').count(), 1);
  assert.equal(await page.locator('#learners tbody tr:not(.hidden)').count(), 31);
  const rate = await page.locator('#exercises tbody tr:not(.hidden) td').nth(1).innerText();
  assert.match(rate, /^\d+%$/);
  mkdirSync(join('tests', 'artifacts', 'screenshots'), { recursive: true });
  await page.locator('#filter').fill('');
  await page.screenshot({ path: join('tests', 'artifacts', 'screenshots', 'class-report.png'), fullPage: true });
  assert.deepEqual(errors, []);
  console.log('ok   a class report of 31 learners opens offline, sorts by a column and filters by learner or exercise');
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
