// End-to-end tests: the release app served on loopback, driven in headless Chromium.
// Usage: node tests/e2e.mjs http://127.0.0.1:PORT/
// Screenshots go to tests/artifacts/screenshots/.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { savedWorkChecks } from './e2e/saved-work.mjs';
import { courseChecks } from './e2e/courses.mjs';
import { accessibilityChecks, axeFindings } from './e2e/accessibility.mjs';
import { pageChecks } from './e2e/pages.mjs';
import { inWorker } from './e2e/worker.mjs';


const base = process.argv[2];
assert.ok(base && base.startsWith('http://127.0.0.1:'), 'pass the loopback URL of the served dist/');
const shots = join(process.cwd(), 'tests/artifacts/screenshots');
mkdirSync(shots, { recursive: true });

const EXERCISE = '#/m/welcome/say-hello';
const CORRECT = 'export function greet(name) {\n  return `Hello, ${name}!`;\n}\n';
const WRONG = 'export function greet(name) {\n  return "Hello " + name;\n}\n';
const ENDLESS = 'export function greet(name) {\n  while (true) {}\n}\n';

const figures = {};
const results = [];
// E2E_ONLY=text runs only the checks whose names contain it (for a quick loop while working).
const only = process.env.E2E_ONLY;
let current = '';
async function check(name, fn) {
  if (only && !name.includes(only)) return;
  current = name;
  try {
    await fn();
    results.push(['ok', name]);
    console.log(`ok   ${name}`);
  } catch (e) {
    results.push(['FAIL', name]);
    console.log(`FAIL ${name}\n${e.stack}`);
  }
}

// A persistent profile, so a "browser restart" keeps localStorage like a real one does.
const profile = mkdtempSync(join(tmpdir(), 'puente-e2e-'));
const launch = () => chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 860 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

// Content-Security-Policy violations on every page of the run, as the page's
// securitypolicyviolation events and as the browser's console messages. While `deliberate` is set
// (a check injecting script on purpose), they are that check's to inspect instead.
const violations = [];
const deliberateViolations = [];
let deliberate = false;
// Each violation names the check it happened in, so a failure says where to look.
const recordViolation = (v) => (deliberate ? deliberateViolations : violations).push({ ...v, check: current });

const pageErrors = [];
let context;
let page;
/// Records page errors and CSP violations of every page `ctx` opens.
async function watch(ctx) {
  await ctx.exposeBinding('__puenteViolation', (_source, v) => recordViolation(v));
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__puenteViolation({
        directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
  });
  const watchPage = (p) => {
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    p.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) recordViolation({ console: message.text() });
    });
  };
  ctx.pages().forEach(watchPage);
  ctx.on('page', watchPage);
}

async function open() {
  context = await launch();
  await watch(context);
  page = context.pages()[0] || await context.newPage();
}
await open();

async function setCode(code) {
  const content = page.locator('.cm-content');
  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

async function run() {
  const started = Date.now();
  await page.locator('button.run').click();
  await page.locator('.results .summary').waitFor({ timeout: 15000 });
  return Date.now() - started;
}

await check('course page lists the modules with progress, and the first visit installs offline support without a reload', async () => {
  let loads = 0;
  const countLoad = () => { loads += 1; };
  page.on('load', countLoad);
  await page.goto(base);
  await page.locator('.module-card').first().waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.waitForTimeout(300);
  page.off('load', countLoad);
  assert.equal(loads, 1, 'the page was not reloaded under the learner');
  const text = await page.locator('.module-card').first().innerText();
  assert.match(text, /Welcome/);
  assert.match(text, /0 \/ \d+ done/);
  await page.screenshot({ path: join(shots, 'course.png') });
});

await check('a module lists its lessons and exercises, and a lesson renders Markdown', async () => {
  await page.locator('.module-card a').first().click();
  await page.locator('.item-list .item').first().waitFor();
  assert.ok(await page.locator('.item-list .item').count() >= 8);
  await page.locator('.item-list .item a').first().click();
  await page.locator('.lesson .prose h1').waitFor();
  assert.ok(await page.locator('.lesson .prose pre code, .lesson .example').count() >= 1, 'lesson shows code examples');
});

await check('a wrong solution shows the failing test with expected and received', async () => {
  await page.goto(base + EXERCISE);
  await page.locator('.cm-content').waitFor();
  await setCode(WRONG);
  figures.firstResultMs = await run();
  const summary = await page.locator('.results .summary').innerText();
  assert.match(summary, /\d+ of \d+ tests passed/);
  assert.ok(await page.locator(".test.fail").count() >= 1);
  const failing = page.locator('.test.fail').first();
  assert.match(await failing.locator('.test-name').innerText(), /greet > /);
  assert.equal(await failing.locator('.value.expected code').innerText(), '"Hello, Ana!"');
  assert.equal(await failing.locator('.value.received code').innerText(), '"Hello Ana"');
  await page.screenshot({ path: join(shots, 'exercise-failing.png'), fullPage: true });
});

await check('a syntax error shows its line and column', async () => {
  await setCode('export function greet(name) {\n  return "Hi" +;\n}\n');
  await run();
  assert.equal(await page.locator('.summary').getAttribute('data-verdict'), 'error');
  assert.match(await page.locator('.error-box').innerText(), /SyntaxError[\s\S]*line 2, column \d+/);
  assert.match(await page.locator('.error-box .explain').innerText(), /symbol it did not expect/);
});

await check('a correct solution passes every test', async () => {
  await setCode(CORRECT);
  figures.warmResultMs = await run();
  const total = await page.locator('.test').count();
  assert.ok(total >= 5);
  assert.equal(await page.locator('.test.pass').count(), total);
  assert.equal(await page.locator('.summary').getAttribute('data-verdict'), 'passed');
  await page.locator('[data-passed="true"]').waitFor();
  await page.screenshot({ path: join(shots, 'exercise-passing.png'), fullPage: true });
});

await check('code and the passed mark survive a reload and a browser restart', async () => {
  await page.reload();
  await page.locator('.cm-content').waitFor();
  assert.match(await page.locator('.cm-content').innerText(), /Hello, \$\{name\}!/);
  await page.locator('[data-passed="true"]').waitFor();
  await context.close();
  await open();
  await page.goto(base + EXERCISE);
  await page.locator('.cm-content').waitFor();
  assert.match(await page.locator('.cm-content').innerText(), /Hello, \$\{name\}!/);
  await page.locator('[data-passed="true"]').waitFor();
  await page.goto(base);
  await page.locator('.module-card').first().waitFor();
  assert.match(await page.locator('.module-card').first().innerText(), /1 \/ \d+ exercises passed/);
  const fill = await page.locator('.module-card').first().locator('.progress-fill').boundingBox();
  assert.ok(fill && fill.width > 0, 'the progress bar shows the passed exercise');
});

await check('hints are revealed one at a time', async () => {
  await page.goto(base + EXERCISE);
  await page.locator('.cm-content').waitFor();
  assert.equal(await page.locator('.hint').count(), 0);
  await page.locator('.hints button').click();
  assert.equal(await page.locator('.hint').count(), 1);
  await page.locator('.hints button').click();
  assert.equal(await page.locator('.hint').count(), 2);
});

await check('an endless loop times out while the page stays responsive', async () => {
  await page.goto(base + '#/m/welcome/add-two-numbers');
  await page.locator('.cm-content').waitFor();
  await setCode(ENDLESS.replace('greet(name)', 'add(a, b)'));
  const started = Date.now();
  await page.locator('button.run').click();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('button.run').getAttribute('aria-disabled'), 'true', 'Run says it is busy');
  // While the worker spins, a button on the page must still answer a click quickly.
  // Measured inside the page (click to the hint on screen), so the driver's own latency
  // does not count against the page.
  figures.clickWhileRunningMs = await page.evaluate(() => new Promise((resolve) => {
    const before = document.querySelectorAll('.hint').length;
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('.hint').length > before) {
        observer.disconnect();
        resolve(Math.round(performance.now() - started));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector('.hints button').click();
  }));
  assert.ok(figures.clickWhileRunningMs < 200, `click took ${figures.clickWhileRunningMs} ms`);
  await page.locator('.summary.timeout').waitFor({ timeout: 10000 });
  figures.timeoutVerdictMs = Date.now() - started;
  assert.match(await page.locator('.error-box').innerText(), /did not finish within 2\.0 s/);
  // A fresh worker grades the next run.
  await setCode('export function add(a, b) {\n  return a + b;\n}\n');
  await run();
  assert.equal(await page.locator('.summary').getAttribute('data-verdict'), 'passed');
});

await check('reset restores the starter code after confirmation', async () => {
  page.once('dialog', (d) => d.accept());
  await page.locator('button.reset').click();
  await page.waitForFunction(() => document.querySelector('.cm-content').innerText.includes('Your code here'));
});

await check('the reference solution is shown after the exercise passed', async () => {
  await page.locator('.solution button').click();
  await page.locator('.solution-code').waitFor();
});

await check('a runnable lesson example runs, can be edited in place, and reports errors', async () => {
  await page.goto(base + '#/m/values-and-variables/let-and-const');
  const example = page.locator('.lesson .example').first();
  await example.locator('.cm-content').waitFor();
  await example.locator('button.run-example').click();
  await example.locator('.example-output').waitFor({ timeout: 15000 });
  assert.ok((await example.locator('.example-output').innerText()).trim().length > 0, 'the example shows what it did');

  const content = example.locator('.cm-content');
  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText("const prices = [3, 4];\nconsole.log('total', prices[0] + prices[1]);\nsetTimeout(() => console.log('later'), 3000);\n'done'");
  await example.locator('button.run-example').click();
  await example.locator('.example-value').waitFor({ timeout: 15000 });
  assert.equal(await example.locator('.console pre').innerText(), 'total 7\nlater');
  assert.match(await example.locator('.example-value').innerText(), /Result:\s*"done"/);

  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText("console.log('start');\nconst total = prise * 2;");
  await page.keyboard.press('Control+Enter');
  await example.locator('.error-box').waitFor({ timeout: 15000 });
  assert.match(await example.locator('.error-box').innerText(), /ReferenceError[\s\S]*line 2/);
  assert.equal(await example.locator('.console pre').innerText(), 'start');
  await page.screenshot({ path: join(shots, 'lesson-example.png'), fullPage: true });

  await example.locator('button', { hasText: 'Reset' }).click();
  assert.doesNotMatch(await example.locator('.cm-content').innerText(), /prise/);
});

await check('a quiz explains each answer, allows retries and records a pass', async () => {
  const pack = JSON.parse(execFileSync(process.env.PUENTE_BIN, ['compile', 'packs/fundamentals'], { maxBuffer: 1 << 28 }).toString());
  const welcome = pack.modules.find((m) => m.id === 'welcome');
  const quiz = welcome.items.find((i) => i.kind === 'quiz');
  assert.ok(quiz, 'the welcome module has a quiz');
  await page.goto(base + '#/m/welcome/' + quiz.id);
  await page.locator('.question').first().waitFor();
  const questions = page.locator('.question');
  assert.equal(await questions.count(), quiz.questions.length);
  let retried = false;
  for (let i = 0; i < quiz.questions.length; i++) {
    const q = quiz.questions[i];
    const view = questions.nth(i);
    const choose = async (correct) => {
      if (q.answer.kind === 'text') {
        await view.locator('input[type=text]').fill(correct ? q.answer.accepted[0] : 'definitely not it');
      } else {
        const options = q.answer.options;
        for (let o = 0; o < options.length; o++) {
          if (correct ? options[o].correct : (!options[o].correct && o === options.findIndex((x) => !x.correct))) {
            await view.locator('.option input').nth(o).check();
          }
        }
      }
      await view.locator('button[type=submit]').click();
    };
    if (!retried && q.answer.kind !== 'text') {
      await choose(false);
      assert.match(await view.locator('.verdict').innerText(), /Not quite/);
      assert.ok(await view.locator('.option-explain').count() >= 1, 'the chosen option explains why it is wrong');
      await view.locator('button', { hasText: 'Try again' }).click();
      retried = true;
    }
    await choose(true);
    assert.match(await view.locator('.verdict').innerText(), /Correct/);
  }
  await page.locator('.quiz-passed').waitFor();
  await page.screenshot({ path: join(shots, 'quiz.png'), fullPage: true });
  await page.reload();
  await page.locator('.quiz-passed').waitFor();
  await page.goto(base + '#/');
  const card = page.locator('.module-card[data-module="welcome"] [data-kind="quizzes"]');
  assert.match(await card.innerText(), /1 \/ 1 quiz passed/);
});

await check('the glossary is reachable from a lesson and finds terms in Spanish', async () => {
  await page.goto(base + '#/m/welcome/first-program');
  await page.locator('.lesson .glossary-link').click();
  await page.locator('.terms .term').first().waitFor();
  const all = await page.locator('.terms .term').count();
  assert.ok(all >= 50, `the glossary has ${all} terms`);
  await page.locator('.glossary-filter').fill('función');
  const some = await page.locator('.terms .term').count();
  assert.ok(some >= 1 && some < all);
  assert.match(await page.locator('.terms .term').first().innerText(), /función/i);
});

await check('the browser worker and the puente CLI grade and run identically', async () => {
  const bin = process.env.PUENTE_BIN;
  assert.ok(bin, 'PUENTE_BIN names the puente binary');
  const tests = readFileSync('packs/fundamentals/welcome/say-hello/tests.js', 'utf8');
  const solutions = [
    WRONG,
    'export function greet(name) {\n  console.log("greeting", { name });\n  return greting;\n}\n',
    'export function greet(name) {\n  return `Hello, ${name}!`\n',
    CORRECT,
  ];
  for (const solution of solutions) {
    const request = JSON.stringify({ solution, tests });
    const fromCli = JSON.parse(execFileSync(bin, ['grade-stdin'], { input: request }).toString());
    const fromBrowser = await inWorker(page, base, 'grade', request);
    assert.deepEqual(fromBrowser, fromCli);
  }
  const example = JSON.stringify({ code: "console.log({ a: [1, 'x'] });\nnull.b;" });
  const fromCli = JSON.parse(execFileSync(bin, ['run-stdin'], { input: example }).toString());
  const fromBrowser = await inWorker(page, base, 'run', example);
  assert.deepEqual(fromBrowser, fromCli);
  assert.equal(fromCli.error.name, 'TypeError');

  const hints = JSON.stringify({
    solution: 'let total = 0;\nfor (const p of [3, 4]) { total += p; }\nconsole.log(total);',
    hints: [
      { text: 'total is 7', code: 'assert.strictEqual(total, 7);' },
      { text: 'total is an array', code: 'assert.isArray(total);' },
      { text: 'uses for...of', code: "code.includes('for (const')" },
    ],
  });
  const hintsCli = JSON.parse(execFileSync(bin, ['hints-stdin'], { input: hints }).toString());
  const hintsBrowser = await inWorker(page, base, 'hints', hints);
  assert.deepEqual(hintsBrowser, hintsCli);
  assert.deepEqual(hintsCli.tests.map((t) => t.status), ['passed', 'failed', 'passed']);
});

await check('locale formatting in the browser worker matches Node, and the CLI on what its engine supports', async () => {
  const bin = process.env.PUENTE_BIN;
  assert.ok(bin, 'PUENTE_BIN names the puente binary');
  // [expression, whether the CLI's engine (Boa's own Intl) formats it as Node does]
  const cases = [
    ["(1234567.891).toLocaleString('en-US')", true],
    ["(1234.5).toLocaleString('es-MX')", true],
    ["new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(-12.5)", false],
    ["new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN' }).format(1499.9)", false],
    ["new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(1234.5)", false],
    ["new Date(Date.UTC(2015, 0, 1)).toLocaleDateString('en-US', { timeZone: 'UTC' })", false],
    ["new Date(Date.UTC(2015, 0, 1)).toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' })", false],
    ["new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeZone: 'America/Mexico_City' }).format(new Date(Date.UTC(2026, 11, 3, 18)))", false],
    ["new Intl.PluralRules('en-US').select(1) + ' ' + new Intl.PluralRules('en-US', { type: 'ordinal' }).select(2)", true],
    ["[...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment('👨‍👩‍👧ab')].length", true],
    ["[...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hola, mundo')].filter((s) => s.isWordLike).map((s) => s.segment).join('|')", true],
    ["'a'.localeCompare('B', 'en', { sensitivity: 'base' })", true],
    ["['oso', 'ñu', 'nube'].sort(new Intl.Collator('es').compare).join()", true],
    ["'istanbul'.toLocaleUpperCase('tr-TR')", true],
    ["new Intl.ListFormat('en', { type: 'conjunction' }).format(['tacos', 'tortas', 'tamales'])", false],
  ];
  if (!page.url().startsWith(base)) await page.goto(base);
  // Node's ICU is the reference; each case becomes a test of its expected text.
  const expected = cases.map(([expr]) => (0, eval)(expr));
  const tests = cases.map(([expr], i) =>
    `test(${JSON.stringify(expr)}, () => { expect((0, eval)(${JSON.stringify(expr)})).toBe(${JSON.stringify(expected[i])}); });`).join('\n');
  const request = JSON.stringify({ solution: '', tests });
  const fromBrowser = await inWorker(page, base, 'grade', request);
  const failed = (report) => report.tests.filter((t) => t.status !== 'passed').map((t) => `${t.name}: ${t.failure?.received}`);
  assert.deepEqual(failed(fromBrowser), [], 'the browser formats as Node does');
  assert.equal(fromBrowser.tests.length, cases.length);
  const fromCli = JSON.parse(execFileSync(bin, ['grade-stdin'], { input: request }).toString());
  const cliPasses = fromCli.tests.map((t) => t.status === 'passed');
  cases.forEach(([expr, cli], i) => {
    if (cli) assert.ok(cliPasses[i], `the CLI formats ${expr} as Node does: ${fromCli.tests[i]?.failure?.received}`);
  });
});

await check('a new build is offered with "a new version is ready" and taken on reload', async () => {
  await page.goto(base);
  await page.locator('.module-card').first().waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!await page.evaluate(() => !!navigator.serviceWorker.controller)) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
  assert.equal(await page.locator('.update-banner').count(), 0, 'no prompt without a new build');
  // Other Puente sites on this origin, under other paths: a scoped cache, and caches named as
  // before scopes were in the names, one of another site and one of this site.
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  const other = new URL('other/', scope).href;
  const ownCaches = () => page.evaluate((prefix) => caches.keys()
    .then((names) => names.filter((n) => n.startsWith(prefix))), `puente ${scope} `);
  const [before] = await ownCaches();
  assert.ok(before, 'the build is cached under this scope');
  await page.evaluate(async ([scope, other]) => {
    const put = async (name, url) => (await caches.open(name)).put(url, new Response('page'));
    await put(`puente ${other} 0123456789ab`, other);
    await put('puente-0123456789ab', scope);
    await put('puente-ba9876543210', other);
  }, [scope, other]);
  const swPath = join(process.cwd(), 'dist/sw.js');
  const original = readFileSync(swPath, 'utf8');
  const newer = original.replace(/const BUILD = '(\w+)'/, "const BUILD = '$1next'");
  assert.notEqual(newer, original);
  writeFileSync(swPath, newer);
  try {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('.update-banner').waitFor({ timeout: 15000 });
    assert.match(await page.locator('.update-banner').innerText(), /new version of Puente is ready/);
    await page.screenshot({ path: join(shots, 'update-ready.png') });
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('.update-banner button').click(),
    ]);
    await page.locator('.module-card').first().waitFor();
    assert.equal(await page.locator('.update-banner').count(), 0);
    const after = await ownCaches();
    assert.equal(after.length, 1, `one cache for this site: ${after}`);
    assert.notEqual(after[0], before, 'the new build has a cache of its own');
    const names = await page.evaluate(() => caches.keys());
    assert.ok(names.includes(`puente ${other} 0123456789ab`), "the other site's cache is kept");
    assert.ok(names.includes('puente-ba9876543210'), "the other site's older cache is kept");
    assert.ok(!names.includes('puente-0123456789ab'), "this site's older cache is removed");
  } finally {
    writeFileSync(swPath, original);
    await page.evaluate((other) => Promise.all(
      [`puente ${other} 0123456789ab`, 'puente-ba9876543210'].map((n) => caches.delete(n))), other);
  }
});

await check('after one visit the app works offline: open an exercise, run it, keep progress; a page exercise grades too', async () => {
  await page.goto(base);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  const solution = readFileSync('packs/fundamentals/welcome/add-two-numbers/solution.js', 'utf8');
  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('.module-card').first().waitFor();
    await page.goto(base + '#/m/welcome/add-two-numbers');
    await page.locator('.cm-content').waitFor();
    await setCode(solution);
    await run();
    assert.equal(await page.locator('.summary').getAttribute('data-verdict'), 'passed');
    await page.locator('[data-passed="true"]').waitFor();
    await page.reload();
    await page.locator('.cm-content').waitFor();
    assert.equal((await page.locator('.cm-content').innerText()).trim(), solution.trim());
    await page.locator('[data-passed="true"]').waitFor();
    await page.screenshot({ path: join(shots, 'offline-exercise.png'), fullPage: true });
    // The offline app, served by its service worker under its own CSP, is as accessible.
    const offlineExercise = await axeFindings(page);
    assert.deepEqual(offlineExercise, [], `axe on the offline exercise: ${offlineExercise.join('; ')}`);
    await page.goto(base + '#/');
    await page.locator('.module-card').first().waitFor();
    const offlineCourse = await axeFindings(page);
    assert.deepEqual(offlineCourse, [], `axe on the offline course page: ${offlineCourse.join('; ')}`);
    figures.axeOfflineScreens = 2;
    // A lesson's screenshots are files of the site, cached with it.
    await page.goto(base + '#/m/errors/stack-traces-and-the-debugger');
    const pictures = page.locator('.prose img[src^="assets/"]');
    await pictures.first().waitFor();
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll('.prose img')];
      return imgs.length >= 4 && imgs.every((img) => img.complete && img.naturalWidth > 0);
    });
    figures.lessonPicturesOffline = await pictures.count();
    // A page exercise needs the HTML parser's own wasm, which only a page exercise loads.
    const pageSolution = readFileSync('packs/fundamentals/the-dom/cafe-name/solution.js', 'utf8');
    await page.goto(base + '#/m/the-dom/cafe-name');
    await page.locator('.cm-content').waitFor();
    await setCode(pageSolution);
    await run();
    assert.equal(await page.locator('.summary').getAttribute('data-verdict'), 'passed');
  } finally {
    await context.setOffline(false);
  }
});

await check('injected inline script, event handlers and javascript: links do not run, and are reported', async () => {
  await page.goto(base + '#/m/welcome/first-program');
  await page.locator('.lesson .prose h1').waitFor();
  deliberate = true;
  try {
    // What a sanitizer mistake would let into the page: markup from a lesson, put in with innerHTML.
    const ran = await page.evaluate(async () => {
      window.__injected = [];
      const script = document.createElement('script');
      script.textContent = "window.__injected.push('script')";
      document.body.append(script);
      const prose = document.querySelector('.lesson .prose');
      prose.insertAdjacentHTML('beforeend', '<p class="injected"><img src="" onerror="window.__injected.push(\'onerror\')">'
        + '<a href="javascript:window.__injected.push(\'href\')">link</a></p>');
      prose.querySelector('.injected a').click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return window.__injected;
    });
    assert.deepEqual(ran, []);
    const deadline = Date.now() + 5000;
    const directives = () => new Set(deliberateViolations.map((v) => v.directive).filter(Boolean));
    while (!(directives().has('script-src-elem') && directives().has('script-src-attr')) && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
    assert.ok(directives().has('script-src-elem'), `the inline script was reported: ${JSON.stringify(deliberateViolations)}`);
    assert.ok(directives().has('script-src-attr'), `the event handler was reported: ${JSON.stringify(deliberateViolations)}`);
    await page.reload();
    await page.locator('.lesson .prose h1').waitFor();
    await page.waitForTimeout(200);
  } finally {
    deliberate = false;
  }
});

// The learner's saved work against unreadable data, two tabs, full storage, moving devices and
// a checker that does not load; each in a fresh browser context.
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
await savedWorkChecks({ base, check, browser, figures, shots, watch });
await courseChecks({ base, check, browser, figures, shots, watch, dist: join(process.cwd(), 'dist') });
await accessibilityChecks({ base, check, browser, figures, shots });
await pageChecks({
  base, check, browser, watch, shots,
  // The starter leaves "Loading…" in the heading; the solution puts the café's name there.
  dom: { path: 'the-dom/cafe-name', start: ['h1', 'Loading'], solved: ['h1', 'Café Los Viveros'] },
  fetchExercise: { path: 'urls-and-fetch/bus-routes', previewClick: 'Show routes', previewText: 'Ruta 17: Centro – San Nicolás' },
  htmlExercise: { path: 'html-and-css/cafe-skeleton' },
  cssExercise: { path: 'html-and-css/coworking-plans' },
});
await browser.close();

await check('no uncaught errors on the page', async () => {
  assert.deepEqual(pageErrors, []);
});

await check('no Content-Security-Policy violations on any page', async () => {
  assert.deepEqual(violations, []);
});

await context.close();
rmSync(profile, { recursive: true, force: true });
console.log('figures:', JSON.stringify(figures));
const failed = results.filter(([s]) => s === 'FAIL').length;
console.log(`${results.length - failed} passed, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
