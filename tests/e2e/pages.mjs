// End-to-end checks for page exercises: the live preview shows the learner's page as they type,
// grading fails and then passes, a fetch exercise passes, the preview's script is walled off from
// Puente's storage, and the browser's worker grades a page exactly as the CLI does.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PACK = 'packs/fundamentals';

/// An exercise's files, as the pack has them.
function exercise(path) {
  const read = (name) => readFileSync(`${PACK}/${path}/${name}`, 'utf8');
  return { solution: read('solution.js'), starter: read('starter.js'), html: read('index.html') };
}

export async function pageChecks({ base, check, browser, watch, shots, dom, fetchExercise }) {
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

  await check('the browser worker and the puente CLI grade a page identically', async () => {
    const bin = process.env.PUENTE_BIN;
    assert.ok(bin, 'PUENTE_BIN names the puente binary');
    const files = exercise(dom.path);
    const tests = readFileSync(`${PACK}/${dom.path}/tests.js`, 'utf8');
    for (const solution of [files.starter, files.solution, 'document.body.innerHTML = "<p>gone</p>";\nnull.x;']) {
      const request = JSON.stringify({ solution, tests, page: { html: files.html, url: 'https://example.com/' } });
      const fromCli = JSON.parse(execFileSync(bin, ['grade-stdin'], { input: request }).toString());
      const fromBrowser = JSON.parse(await page.evaluate((req) => new Promise((resolve, reject) => {
        const worker = new Worker('./worker.js', { type: 'module' });
        worker.onerror = (e) => reject(new Error(e.message));
        worker.onmessage = (e) => {
          if (e.data.type === 'ready') worker.postMessage({ id: 1, request: req });
          if (e.data.type === 'result') { worker.terminate(); resolve(e.data.report); }
        };
      }), request));
      assert.deepEqual(fromBrowser, fromCli);
    }
  });

  await context.close();
}
