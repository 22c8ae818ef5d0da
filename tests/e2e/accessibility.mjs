// End-to-end checks of the interface around the course: axe-core on every screen in both
// languages and both colour schemes, the language switch, a keyboard-only journey, and small
// screens. Screenshots of every screen go to tests/artifacts/screenshots/a11y-*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const AXE = join(process.cwd(), 'node_modules/axe-core/axe.min.js');

/// axe's serious and critical findings on the page as it is now. axe's source is evaluated by
/// the browser's automation channel rather than added as a script, so this works on a page whose
/// Content-Security-Policy stays on (the offline app, served by its service worker).
export async function axeFindings(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(readFileSync(AXE, 'utf8'));
  }
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target?.join(' ')}`);
  });
}

// The screens a learner meets, as hash routes, and what to wait for on each.
const SCREENS = [
  ['course', '#/', '.module-list'],
  ['module', '#/m/welcome', '.item-list'],
  ['lesson', '#/m/welcome/how-puente-works', '.lesson .prose h1'],
  ['exercise', '#/m/welcome/say-hello', 'button.run'],
  ['quiz', '#/m/welcome/welcome-quiz', '.questions'],
  ['glossary', '#/glossary', 'input'],
  ['progress', '#/progress', 'h1'],
];

const CORRECT = 'export function greet(name) {\n  return `Hello, ${name}!`;\n}\n';

export async function accessibilityChecks({ base, check, browser, figures, shots }) {
  const open = async ({ lang = 'en', scheme = 'light', width = 1280, height = 860 } = {}) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height }, serviceWorkers: 'block' });
    // The starting language, as if chosen earlier; a choice made during the check then wins.
    await context.addInitScript((l) => {
      try { if (!localStorage.getItem('puente-lang')) localStorage.setItem('puente-lang', l); } catch { /* private mode */ }
    }, lang);
    const page = await context.newPage();
    return { context, page };
  };
  const visit = async (page, hash, ready) => {
    await page.goto(base + hash);
    await page.locator(ready).first().waitFor({ timeout: 20000 });
    await page.waitForTimeout(150);
  };
  const axe = axeFindings;

  await check('axe finds no serious or critical problem on any screen, in English and Spanish, light and dark', async () => {
    const problems = [];
    const perScreen = {};
    for (const lang of ['en', 'es']) {
      for (const scheme of ['light', 'dark']) {
        const { context, page } = await open({ lang, scheme });
        for (const [name, hash, ready] of SCREENS) {
          await visit(page, hash, ready);
          const found = await axe(page);
          perScreen[`${name} ${lang} ${scheme}`] = found.length;
          problems.push(...found.map((f) => `${name} (${lang}, ${scheme}): ${f}`));
          await page.screenshot({ path: join(shots, `a11y-${name}-${lang}-${scheme}.png`), fullPage: true });
          if (name === 'exercise') {
            // After a run: the results, passed and failed tests, and their colours.
            await page.locator('.cm-content').click();
            await page.keyboard.press('Control+a');
            await page.keyboard.type('export function greet(name) {\n  return "Hi " + name;\n');
            await page.keyboard.press('Control+Enter');
            await page.locator('.results .tests li').first().waitFor({ timeout: 30000 });
            const after = await axe(page);
            problems.push(...after.map((f) => `exercise after a run (${lang}, ${scheme}): ${f}`));
            await page.screenshot({ path: join(shots, `a11y-exercise-run-${lang}-${scheme}.png`), fullPage: true });
          }
        }
        await context.close();
      }
    }
    figures.axeSeriousOrCritical = problems.length;
    assert.deepEqual(problems, []);
  });

  await check('the interface switches to Spanish and back, is remembered, and sets <html lang>', async () => {
    const { context, page } = await open({ lang: 'en' });
    await visit(page, '#/', '.module-list');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.locator('.lang-switch').click();
    await page.locator('text=Módulos').first().waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es-MX');
    assert.match(await page.locator('.module-card .kind-counts li').first().innerText(), /lecci(ón|ones) leída/);
    await page.reload();
    await page.locator('.module-list').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es-MX');
    assert.equal((await page.locator('.lang-switch').innerText()).trim(), 'English');
    // A wrong answer's explanation comes in Spanish too.
    await visit(page, '#/m/welcome/say-hello', '.cm-content');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('export function greet(name) {\n  return nombre;\n');
    await page.keyboard.press('Control+Enter');
    await page.locator('.results .explain').first().waitFor({ timeout: 30000 });
    const explain = await page.locator('.results .explain').first().innerText();
    assert.doesNotMatch(explain, /You used a name/, explain);
    // The pack's Spanish text shows in the Spanish interface; an untranslated part says it is
    // in English.
    assert.match(await page.locator('.exercise h1').innerText(), /Saluda/);
    await visit(page, '#/m/welcome/how-puente-works', '.lesson .prose h1');
    assert.match(await page.locator('.lesson h1').first().innerText(), /Cómo funciona Puente/);
    assert.equal(await page.locator('.lesson .shown-in-english').count(), 0);
    await visit(page, '#/m/welcome/celsius-to-fahrenheit', 'button.run');
    await page.locator('.shown-in-english').first().waitFor();
    await page.locator('.lang-switch').click();
    await page.locator('.lang-switch', { hasText: 'Español' }).waitFor();
    assert.equal(await page.locator('.shown-in-english').count(), 0);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await context.close();
  });

  await check('a glossary word in a lesson shows the Spanish on hover and opens its entry on a tap', async () => {
    const { context, page } = await open();
    await visit(page, '#/m/welcome/how-puente-works', '.lesson .prose h1');
    const link = page.locator('.lesson a.glossary-term').first();
    await link.waitFor();
    const word = (await link.innerText()).trim();
    const title = await link.getAttribute('title');
    assert.ok(title && title.includes(':'), `the link's title gives the Spanish term and definition: ${title}`);
    await link.click();
    await page.locator('.glossary .term').first().waitFor();
    assert.notEqual(await page.locator('.glossary-filter').inputValue(), '', 'the glossary opens filtered to the term');
    const shown = await page.locator('.glossary .term .en').allInnerTexts();
    assert.ok(shown.some((t) => t.toLowerCase() === word.toLowerCase()), `${word} is among ${shown.join(', ')}`);
    await context.close();
  });

  await check('a keyboard-only journey: skip link, run from the keyboard, results announced, editor escapable', async () => {
    const { context, page } = await open();
    await visit(page, '#/m/welcome/say-hello', '.cm-content');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.className);
    assert.match(first, /skip-link/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    // Into the editor, replace the code, run with Ctrl+Enter.
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(CORRECT.replace(/\n}\n$/, '\n'));
    await page.keyboard.press('Control+Enter');
    await page.locator('.results .celebrate').first().waitFor({ timeout: 30000 });
    assert.equal(await page.locator('.results').getAttribute('aria-live'), 'polite');
    // The verdict is announced, not focused: the learner keeps typing where they were.
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.cm-editor')), 'after Ctrl+Enter focus stays in the editor');
    // Run pressed from the keyboard keeps focus on Run, ready to run again.
    await page.locator('button.run').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.results .celebrate').first().waitFor({ timeout: 30000 });
    assert.ok(await page.evaluate(() => document.activeElement?.matches('button.run')), 'after Run focus stays on Run');
    // Escape, then Tab, leaves the editor (Tab alone indents).
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.cm-editor'));
    assert.equal(inEditor, false, 'Escape then Tab moves focus out of the editor');
    // Moving to another screen puts focus on its content.
    await page.locator('.exercise-brief .back').focus();
    await page.keyboard.press('Enter');
    await page.locator('.item-list').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await visit(page, '#/m/welcome/say-hello', '.cm-content');
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    // Focus is visible: the focused element has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    await context.close();
  });

  // 640 px is a 1280 px window at 200% zoom.
  await check('at 360, 640 (200% zoom) and 768 px wide nothing scrolls sideways and Run stays within reach', async () => {
    for (const width of [360, 640, 768]) {
      for (const scheme of ['light', 'dark']) {
        const { context, page } = await open({ width, height: 740, scheme });
        for (const [name, hash, ready] of SCREENS) {
          await visit(page, hash, ready);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${name} at ${width} px scrolls sideways by ${overflow} px`);
          if (scheme === 'light') await page.screenshot({ path: join(shots, `a11y-${name}-${width}px.png`), fullPage: true });
        }
        await visit(page, '#/m/welcome/say-hello', '.cm-content');
        const run = page.locator('button.run').first();
        await run.scrollIntoViewIfNeeded();
        assert.ok(await run.isVisible(), `Run is reachable at ${width} px`);
        await context.close();
      }
    }
  });

  await check('dark mode follows the system, the switch overrides it and is remembered', async () => {
    const { context, page } = await open({ scheme: 'dark' });
    await visit(page, '#/', '.module-list');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.locator('.theme-switch').click();
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), dark);
    await page.reload();
    await page.locator('.module-list').waitFor();
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    assert.equal(await page.locator('.theme-switch').getAttribute('aria-pressed'), 'false');
    await context.close();
  });
}
