// `puente preview` in headless Chromium, under the page's real Content-Security-Policy: the
// added script reloads the page when a file of the pack changes and shows the pack's problems
// over the page, with no policy violation.
// Usage: node tests/preview.mjs PUENTE_BIN DIST_DIR
import { chromium } from 'playwright-core';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const [bin, dist] = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'puente-preview-'));
execFileSync(bin, ['new', 'pack', 'draft', '--in', work]);
const pack = join(work, 'draft');

const server = spawn(bin, ['preview', pack, '--app', dist, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const found = out.match(/http:\/\/127\.0\.0\.1:\d+\/\S*/);
    if (found) resolve(found[0]);
  });
  server.on('exit', (code) => reject(new Error(`puente preview exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const violations = [];
try {
  const page = await browser.newPage();
  if (process.env.DEBUG_PREVIEW) page.on('framenavigated', (f) => console.log('nav', f.url()));
  page.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.log(`Content-Security-Policy violation: ${e.effectiveDirective}`));
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  // The script polls; let it take its first look before anything changes.
  await page.waitForResponse((r) => r.url().includes('/__puente/status'));
  await page.waitForResponse((r) => r.url().includes('/__puente/status'));

  // Wherever the instructor went in the app, a change goes back through the open route.
  await page.evaluate(() => { location.hash = '#/'; });
  const module = join(pack, 'getting-started', 'module.toml');
  const text = readFileSync(module, 'utf8');
  const reloaded = page.waitForEvent('domcontentloaded', { timeout: 20000 });
  writeFileSync(module, text.replace('"check-in"]', '"check-in", "<img src=x onerror=alert(1)>"]'));
  await reloaded;
  assert.match(page.url(), /#\/open\?pack=\.\/packs\/draft\.puente\.json/);
  const box = page.locator('#puente-preview-problems');
  await box.waitFor({ timeout: 10000 });
  const shown = await box.innerText();
  assert.match(shown, /module\.toml:6: item id "<img src=x onerror=alert\(1\)>" is not valid/);
  assert.equal(await box.locator('img').count(), 0, 'the problems are text, never markup');
  const shots = join('tests', 'artifacts', 'screenshots');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'preview-problems.png') });

  const fixed = page.waitForEvent('domcontentloaded', { timeout: 20000 });
  writeFileSync(module, text);
  await fixed;
  await page.waitForResponse((r) => r.url().includes('/__puente/status'));
  assert.equal(await page.locator('#puente-preview-problems').count(), 0, 'no problems once fixed');
  console.log('ok   puente preview reloads on a change and shows the problems, within the CSP');

  // Editing a lesson shows the new text on the lesson's own screen after the reload.
  const lessonFile = readdirSync(join(pack, 'getting-started')).find((name) => name.endsWith('.md'));
  const lessonRoute = `#/m/getting-started/${lessonFile.replace(/\.md$/, '')}`;
  // The fixed pack has opened (the app is on its course page) before the instructor moves on.
  await page.locator('.module-card').first().waitFor({ timeout: 10000 });
  await page.evaluate((route) => { location.hash = route; }, lessonRoute);
  await page.locator('.lesson .prose h1').first().waitFor({ timeout: 10000 });
  const lessonPath = join(pack, 'getting-started', lessonFile);
  const lesson = readFileSync(lessonPath, 'utf8');
  const edited = page.waitForEvent('domcontentloaded', { timeout: 20000 });
  // The heading after the front matter (whose TOML comments also start with "# ").
  const end = lesson.indexOf('+++', 3) + 3;
  writeFileSync(lessonPath, lesson.slice(0, end) + lesson.slice(end).replace(/^# (.*)$/m, '# $1, edited in preview'));
  await edited;
  await page.locator('.lesson .prose h1', { hasText: 'edited in preview' }).waitFor({ timeout: 10000 });
  assert.ok(page.url().endsWith(lessonRoute), `back on the lesson: ${page.url()}`);
  assert.deepEqual(violations, []);
  console.log('ok   puente preview shows an edited lesson on the same screen after the reload');
} finally {
  await browser.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
