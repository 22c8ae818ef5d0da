// End-to-end checks for page exercises: the live preview shows the learner's page as they type,
// grading fails and then passes, a fetch exercise passes, the preview's script is walled off from
// Puente's storage, and the browser's worker grades a page exactly as the CLI does.
import { inWorker } from './worker.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PACK = 'packs/fundamentals';

/// An exercise's files, as the pack has them; `ext` is the learner's file's (js, html or css).
function exercise(path, ext = 'js') {
  const read = (name) => readFileSync(`${PACK}/${path}/${name}`, 'utf8');
  const maybe = (name) => { try { return read(name); } catch { return ''; } };
  return {
    solution: read(`solution.${ext}`),
    starter: read(`starter.${ext}`),
    html: maybe('index.html'),
    css: maybe('style.css'),
    tests: read('tests.js'),
  };
}

export async function pageChecks({ base, check, browser, watch, shots, dom, fetchExercise, htmlExercise, cssExercise }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watch(context);
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept());

  async function setCode(code) {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(code);
  }
  async function run() {
    await page.locator('button.run').click();
    await page.locator('.results .summary').waitFor({ timeout: 20000 });
    return page.locator('.summary').getAttribute('data-verdict');
  }
  /// Waits until the preview runs `code`: it reloads a moment after typing stops.
  async function previewRuns(code) {
    const script = page.frameLocator('.preview-frame').locator('script[type="module"]');
    for (let i = 0; i < 100; i++) {
      const text = await script.textContent({ timeout: 10000 }).catch(() => '');
      if (text.trim() === code.trim()) return;
      await page.waitForTimeout(100);
    }
    throw new Error('the preview never ran the new code');
  }

  await check('a page exercise shows a live preview of the learner\'s page, fails, then passes', async () => {
    const files = exercise(dom.path);
    await page.goto(`${base}#/m/${dom.path}`);
    await page.locator('.cm-content').waitFor();
    await page.locator('.page-preview .preview-frame').waitFor();
    // The page as the exercise gives it, before the learner's script does anything.
    const frame = page.frameLocator('.preview-frame');
    await frame.locator(dom.start[0], { hasText: dom.start[1] }).waitFor({ timeout: 10000 });
    assert.equal(await run(), 'failed');
    await setCode(`${files.solution}\n// keep the page as the solution leaves it\n`);
    await page.frameLocator('.preview-frame').locator(dom.solved[0], { hasText: dom.solved[1] }).waitFor({ timeout: 10000 });
    assert.equal(await run(), 'passed');
    await page.locator('[data-passed="true"]').waitFor();
    await page.getByRole('tab', { name: 'index.html' }).click();
    assert.match(await page.locator('.page-source').innerText(), /<\w+/);
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.screenshot({ path: `${shots}/page-exercise.png`, fullPage: true });
  });

  await check('the preview\'s script cannot read Puente\'s storage or page', async () => {
    await page.goto(`${base}#/m/${dom.path}`);
    await page.locator('.cm-content').waitFor();
    // The learner's progress lives in this origin's storage; the preview must not see any of it.
    await page.evaluate(() => localStorage.setItem('puente-e2e-secret', 'progress'));
    await setCode([
      "const probe = (f) => { try { return f(); } catch (e) { return 'blocked:' + e.name; } };",
      "document.body.innerHTML = '';",
      "const out = document.createElement('p');",
      "out.id = 'probe';",
      "out.textContent = [probe(() => 'storage:' + localStorage.length), probe(() => 'cookie:' + document.cookie), probe(() => 'parent:' + parent.document.title), 'origin:' + origin].join(' | ');",
      'document.body.append(out);',
    ].join('\n'));
    const probe = page.frameLocator('.preview-frame').locator('#probe');
    await probe.waitFor({ timeout: 10000 });
    const text = await probe.innerText();
    assert.match(text, /blocked:SecurityError \| blocked:SecurityError \| blocked:SecurityError \| origin:null/, text);
    await setCode(exercise(dom.path).starter);
  });

  await check('a fetch exercise passes, and its preview loads from the exercise\'s routes', async () => {
    const files = exercise(fetchExercise.path);
    await page.goto(`${base}#/m/${fetchExercise.path}`);
    await page.locator('.cm-content').waitFor();
    assert.equal(await run(), 'failed');
    await setCode(`${files.solution}\n`);
    assert.equal(await run(), 'passed');
    await previewRuns(files.solution);
    if (fetchExercise.previewClick) {
      await page.frameLocator('.preview-frame').getByRole('button', { name: fetchExercise.previewClick }).click();
    }
    await page.frameLocator('.preview-frame').getByText(fetchExercise.previewText).first().waitFor({ timeout: 10000 });
  });

  await check('a page whose learner writes the HTML: the editor holds it, the preview shows it as typed, it fails, then passes', async () => {
    const files = exercise(htmlExercise.path, 'html');
    await page.goto(`${base}#/m/${htmlExercise.path}`);
    await page.locator('.cm-content').waitFor();
    assert.equal(await page.getByRole('tab', { name: 'index.html' }).count(), 0, 'the HTML is in the editor, not in a tab');
    // HTML's highlighting arrives with its own file: tags become styled spans.
    await page.locator('.cm-content .cm-line span').first().waitFor({ timeout: 10000 });
    assert.equal(await run(), 'failed');
    await setCode(`${files.solution}\n<p id="typed-just-now">still typing</p>\n`);
    await page.frameLocator('.preview-frame').locator('#typed-just-now').waitFor({ timeout: 10000 });
    assert.equal(await run(), 'passed');
    await page.screenshot({ path: `${shots}/page-html-exercise.png`, fullPage: true });
  });

  await check('a page whose learner writes the style sheet: the preview applies it as typed, it fails, then passes', async () => {
    const files = exercise(cssExercise.path, 'css');
    await page.goto(`${base}#/m/${cssExercise.path}`);
    await page.locator('.cm-content').waitFor();
    assert.equal(await run(), 'failed');
    await setCode(`${files.solution}\nbody { outline: 3px dotted rgb(1, 2, 3); }\n`);
    const outline = () => page.frameLocator('.preview-frame').locator('body')
      .evaluate((b) => getComputedStyle(b).outlineColor).catch(() => '');
    for (let i = 0; i < 100 && (await outline()) !== 'rgb(1, 2, 3)'; i++) await page.waitForTimeout(100);
    assert.equal(await outline(), 'rgb(1, 2, 3)', 'the preview applies the style sheet as typed');
    assert.equal(await run(), 'passed');
  });

  await check('the browser worker and the puente CLI grade a page identically', async () => {
    const bin = process.env.PUENTE_BIN;
    assert.ok(bin, 'PUENTE_BIN names the puente binary');
    const files = exercise(dom.path);
    const pageOf = (f) => ({ html: f.html, css: f.css, url: 'https://example.com/' });
    const requests = [files.starter, files.solution, 'document.body.innerHTML = "<p>gone</p>";\nnull.x;']
      .map((solution) => ({ solution, tests: files.tests, page: pageOf(files) }));
    const html = exercise(htmlExercise.path, 'html');
    const css = exercise(cssExercise.path, 'css');
    for (const solution of [html.starter, html.solution]) {
      requests.push({ solution, tests: html.tests, page: { ...pageOf(html), edit: 'html' } });
    }
    for (const solution of [css.starter, css.solution]) {
      requests.push({ solution, tests: css.tests, page: { ...pageOf(css), css: '', edit: 'css' } });
    }
    for (const r of requests) {
      const request = JSON.stringify(r);
      const fromCli = JSON.parse(execFileSync(bin, ['grade-stdin'], { input: request }).toString());
      const fromBrowser = await inWorker(page, base, 'grade', request);
      assert.deepEqual(fromBrowser, fromCli);
    }
  });

  await context.close();
}
