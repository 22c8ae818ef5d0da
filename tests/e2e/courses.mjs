// End-to-end checks for courses beyond the built-in one: opened by link, by file and from the
// site's own list; kept offline; updated with progress carried over; removed; and hostile or
// broken pack files refused with a clear reason, running nothing.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/// A 12×8 PNG, the picture a tiny pack's lesson may show.
const PICTURE = 'iVBORw0KGgoAAAANSUhEUgAAAAwAAAAICAIAAABChommAAAAEUlEQVR4nGOQSrpGEDGMKgIABe9+wYtW9egAAAAASUVORK5CYII=';

/// A small valid pack as a one-file pack: one module with a lesson and two exercises; with
/// `withPicture`, the lesson shows a picture the pack carries.
export function tinyPack({ version = '1.0.0', lesson = '# Welcome to Tiny\n\nA tiny course.\n', withDouble = true, withChecks = false, withSuite = false, withPicture = false, id = 'tiny' } = {}) {
  const exercise = (name, fn, body) => ({
    [`basics/${name}/exercise.toml`]: `title = "${name}"\ndifficulty = 1\nminutes = 5\nconcepts = []\nhints = ["Read the tests.", "Return a value."]\n`,
    [`basics/${name}/instructions.md`]: `Write \`${fn}\`.\n`,
    [`basics/${name}/starter.js`]: `export function ${fn}(n) {\n  // Your code here\n}\n`,
    [`basics/${name}/solution.js`]: `export function ${fn}(n) {\n  return ${body};\n}\n`,
    [`basics/${name}/tests.js`]: `import { ${fn} } from './solution';\n`
      + [1, 2, 3, 4, 5].map((n) => `test('${fn}(${n})', () => { expect(${fn}(${n})).toBe(${body.replaceAll('n', String(n))}); });\n`).join(''),
  });
  const items = ['welcome', 'add-one', ...(withDouble ? ['double'] : []), ...(withChecks ? ['sum-all'] : []), ...(withSuite ? ['test-biggest'] : [])];
  // An exercise where the learner writes the tests, caught by two broken versions.
  const suite = withSuite ? {
    'basics/test-biggest/exercise.toml': 'title = "Test biggest"\nkind = "tests"\ndifficulty = 2\nminutes = 10\nconcepts = []\nhints = ["Think of an empty list."]\ntime_limit_ms = 5000\n',
    'basics/test-biggest/instructions.md': '`biggest(numbers)` returns the largest number, or `null` for an empty list. Test it.\n',
    'basics/test-biggest/implementation.js': 'export function biggest(xs) { return xs.length ? Math.max(...xs) : null; }\n',
    'basics/test-biggest/broken/empty-zero.js': '// returns 0 for an empty list\nexport function biggest(xs) { return xs.length ? Math.max(...xs) : 0; }\n',
    'basics/test-biggest/broken/first.js': '// returns the first number\nexport function biggest(xs) { return xs.length ? xs[0] : null; }\n',
    'basics/test-biggest/starter.js': "import { biggest } from './solution';\n\ntest('one number', () => {\n  expect(biggest([4])).toBe(4);\n});\n",
    'basics/test-biggest/solution.js': "import { biggest } from './solution';\n\ntest('empty', () => expect(biggest([])).toBe(null));\ntest('last is biggest', () => expect(biggest([1, 9])).toBe(9));\n",
  } : {};
  // An assert-style exercise, as `puente import fcc` writes them: a plain script and checks.
  const checks = withChecks ? {
    'basics/sum-all/exercise.toml': 'title = "Sum all"\ndifficulty = 1\nminutes = 5\nconcepts = []\nhints = ["Use a loop.", "Add each number."]\n\n'
      + '[[checks]]\ntext = "sumAll([1, 2, 3]) should return 6."\ncode = "assert.strictEqual(sumAll([1, 2, 3]), 6);"\n\n'
      + '[[checks]]\ntext = "sumAll([]) should return 0."\ncode = "assert.strictEqual(sumAll([]), 0);"\n',
    'basics/sum-all/instructions.md': 'Write `sumAll(numbers)`.\n',
    'basics/sum-all/starter.js': 'function sumAll(numbers) {\n  // Your code here\n}\n',
    'basics/sum-all/solution.js': 'function sumAll(numbers) {\n  let total = 0;\n  for (const n of numbers) total += n;\n  return total;\n}\n',
  } : {};
  const picture = withPicture ? '\n![A small blue rectangle](images/blue.png)\n' : '';
  return JSON.stringify({
    format: 'puente-pack',
    version: withPicture ? 2 : 1,
    ...(withPicture ? { images: [{ path: 'basics/images/blue.png', bytes: PICTURE }] } : {}),
    files: {
      'pack.toml': `id = "${id}"\ntitle = "Tiny course"\nversion = "${version}"\nsummary = "A very small course."\nmodules = ["basics"]\n`
        + (withSuite ? '\n[source]\nname = "Tiny Source"\nurl = "https://example.com/tiny"\nlicense = "MIT"\n' : ''),
      'basics/module.toml': `title = "Basics"\nsummary = "The very start."\nitems = ${JSON.stringify(items)}\n`,
      'basics/welcome.md': `+++\nintroduces = []\n+++\n${lesson}${picture}`,
      ...exercise('add-one', 'addOne', 'n + 1'),
      ...(withDouble ? exercise('double', 'double', 'n * 2') : {}),
      ...checks,
      ...suite,
    },
  });
}

export async function courseChecks({ base, check, browser, watch, shots, dist, figures }) {
  const packs = join(dist, 'packs');
  const fresh = async (options = {}) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
    await watch(context);
    const page = await context.newPage();
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    return { context, page, dialogs };
  };
  const publish = (name, text) => {
    mkdirSync(packs, { recursive: true });
    writeFileSync(join(packs, name), text);
  };

  try {
    await check('a course opened by link is checked, shown, kept offline, updated with progress carried over, and removed', async () => {
      publish('tiny.puente.json', tinyPack({ withPicture: true }));
      const { context, page } = await fresh();
      try {
        await page.goto(base);
        await page.locator('.module-card').first().waitFor();
        await page.evaluate(() => navigator.serviceWorker.ready);
        const started = Date.now();
        await page.goto(base + '#/open?pack=./packs/tiny.puente.json');
        await page.locator('.pack-title', { hasText: 'Tiny course' }).waitFor();
        await page.locator('.module-card', { hasText: 'Basics' }).waitFor();
        const openedMs = Date.now() - started;
        await page.screenshot({ path: `${shots}/course-opened.png` });
        // The lesson's picture comes from inside the pack file, not from a server.
        const pictureShown = async () => {
          await page.goto(base + '#/m/basics/welcome');
          const img = page.locator('.prose img[alt="A small blue rectangle"]');
          await img.waitFor();
          await page.waitForFunction(() => document.querySelector('.prose img')?.naturalWidth === 12);
          assert.match(await img.getAttribute('src'), /^blob:/);
        };
        await pictureShown();
        // Progress in the new course, kept apart from the built-in one.
        await page.goto(base + '#/m/basics/double');
        await page.locator('.cm-content').waitFor();
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+A');
        // Deleting first, as a learner does: Chrome's own editing can try inline styles when
        // text replaces a selection in an editable region, which the page's policy refuses.
        await page.keyboard.press('Delete');
        await page.keyboard.insertText('export function double(n) {\n  return n * 2;\n}\n');
        await page.locator('button.run').click();
        await page.locator('[data-passed="true"]').waitFor();
        await page.goto(base + '#/m/basics/add-one');
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+A');
        // Deleting first, as a learner does: Chrome's own editing can try inline styles when
        // text replaces a selection in an editable region, which the page's policy refuses.
        await page.keyboard.press('Delete');
        await page.keyboard.insertText('export function addOne(n) {\n  return n + 1; // mine\n}\n');
        await page.waitForFunction(() => (localStorage.getItem('puente.progress.tiny') || '').includes('// mine'));
        // Offline, after a reload, the course is still the one on screen.
        await page.waitForFunction(() => !!navigator.serviceWorker.controller);
        await context.setOffline(true);
        await page.reload();
        await page.locator('.pack-title', { hasText: 'Tiny course' }).waitFor();
        await page.goto(base + '#/m/basics/add-one');
        await page.locator('.cm-content').waitFor();
        assert.match(await page.locator('.cm-content').innerText(), /\/\/ mine/);
        await pictureShown();
        await context.setOffline(false);
        // A new version drops one exercise: progress carries over, the dropped item is listed.
        publish('tiny.puente.json', tinyPack({ version: '2.0.0', withDouble: false, lesson: '# Welcome to Tiny, again\n' }));
        await page.goto(base + '#/courses');
        const card = page.locator('.course-card[data-course="tiny"]');
        await card.locator('button.update-course').click();
        await page.locator('.courses-message', { hasText: 'Updated to version 2.0.0' }).waitFor();
        await card.locator('.missing-items summary').click();
        assert.match(await card.locator('.missing-items').innerText(), /basics\/double/);
        await page.goto(base + '#/m/basics/add-one');
        await page.locator('.cm-content').waitFor();
        assert.match(await page.locator('.cm-content').innerText(), /\/\/ mine/);
        await page.goto(base + '#/m/basics/welcome');
        await page.locator('.prose h1', { hasText: 'again' }).waitFor();
        // Remove it (declining the offer to download progress first): back to the built-in course.
        await page.goto(base + '#/courses');
        page.removeAllListeners('dialog');
        const answers = [true, false];
        page.on('dialog', (d) => (answers.shift() ? d.accept() : d.dismiss()));
        await card.locator('button.remove-course').click();
        await page.locator('.pack-title', { hasText: 'Fundamentals' }).waitFor();
        assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('puente.library')).length), 0);
        assert.ok(await page.evaluate(() => localStorage.getItem('puente.progress.tiny') !== null), 'progress stays');
        figures.openCourseByLinkMs = openedMs;
      } finally {
        await context.close();
      }
    });

    await check('a course opened from a file, and from the site\'s list of courses', async () => {
      publish('index.json', JSON.stringify({ format: 'puente-pack-index', version: 1, packs: [{ id: 'listed', title: 'Listed course', version: '1.0.0', summary: 'From the site.', file: 'listed.puente.json' }] }));
      publish('listed.puente.json', tinyPack({ id: 'listed' }));
      const { context, page } = await fresh();
      try {
        await page.goto(base + '#/open');
        await page.locator('.open-page').waitFor();
        const started = Date.now();
        await page.locator('.pack-file').setInputFiles({ name: 'tiny.puente.json', mimeType: 'application/json', buffer: Buffer.from(tinyPack()) });
        await page.locator('.pack-title', { hasText: 'Tiny course' }).waitFor();
        figures.openCourseFromFileMs = Date.now() - started;
        await page.goto(base + '#/open');
        await page.locator('.site-courses', { hasText: 'Listed course' }).waitFor();
        // The course page offers the site's courses too.
        await page.goto(base + '#/');
        await page.locator('.site-courses a', { hasText: 'Open' }).click();
        await page.locator('.pack-title', { hasText: 'Tiny course' }).waitFor();
        await page.waitForFunction(() => localStorage.getItem('puente.active-pack') === 'listed');
        await page.locator('.module-card', { hasText: 'Basics' }).waitFor();
        await page.goto(base + '#/courses');
        assert.equal(await page.locator('.course-card').count(), 3);
        await page.locator('.course-card[data-course="fundamentals"] button.study').click();
        await page.locator('.pack-title', { hasText: 'Fundamentals' }).waitFor();
      } finally {
        await context.close();
      }
    });

    await check('an assert-style exercise (checks instead of tests.js) is graded in the browser', async () => {
      const { context, page } = await fresh();
      try {
        await page.goto(base + '#/open');
        await page.locator('.open-page').waitFor();
        await page.locator('.pack-file').setInputFiles({ name: 'checks.puente.json', mimeType: 'application/json', buffer: Buffer.from(tinyPack({ id: 'checks', withChecks: true })) });
        await page.locator('.pack-title', { hasText: 'Tiny course' }).waitFor();
        await page.goto(base + '#/m/basics/sum-all');
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText('function sumAll(numbers) {\n  return numbers.length;\n}\n');
        await page.locator('button.run').click();
        await page.locator('.summary[data-verdict="failed"]').waitFor({ timeout: 10000 });
        assert.match(await page.locator('.test.fail').first().innerText(), /sumAll\(\[1, 2, 3\]\) should return 6/);
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText('function sumAll(numbers) {\n  return numbers.reduce((a, b) => a + b, 0);\n}\n');
        await page.locator('button.run').click();
        await page.locator('.summary[data-verdict="passed"]').waitFor({ timeout: 10000 });
        await page.locator('[data-passed="true"]').waitFor();
      } finally {
        await context.close();
      }
    });

    await check('an exercise where the learner writes the tests names the broken version they miss, and passes once they catch it', async () => {
      const { context, page } = await fresh();
      try {
        await page.goto(base + '#/open');
        await page.locator('.open-page').waitFor();
        await page.locator('.pack-file').setInputFiles({ name: 'suite.puente.json', mimeType: 'application/json', buffer: Buffer.from(tinyPack({ id: 'suite', withSuite: true })) });
        await page.locator('.pack-title', { hasText: 'Tiny course' }).waitFor();
        // An imported course names where its exercises come from, and their license.
        await page.goto(base + '#/');
        assert.match(await page.locator('.course-source').innerText(), /Exercises from Tiny Source, used under the MIT license\. https:\/\/example\.com\/tiny/);
        await page.goto(base + '#/m/basics/test-biggest');
        await page.locator('.implementation').waitFor();
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.insertText("import { biggest } from './solution';\ntest('empty', () => expect(biggest([])).toBe(null));\n");
        await page.locator('button.run').click();
        await page.locator('.summary[data-verdict="failed"]').waitFor({ timeout: 15000 });
        assert.match(await page.locator('.test.fail').first().innerText(), /catch a version that returns the first number/);
        await page.locator('.cm-content').click();
        await page.keyboard.press('End');
        await page.keyboard.press('Control+End');
        await page.keyboard.insertText("test('last', () => expect(biggest([2, 7])).toBe(7));\n");
        await page.locator('button.run').click();
        await page.locator('.summary[data-verdict="passed"]').waitFor({ timeout: 15000 });
        await page.locator('[data-passed="true"]').waitFor();
      } finally {
        await context.close();
      }
    });

    await check('a hostile course runs nothing, and broken pack files are refused with a clear reason', async () => {
      const evil = '# Hello\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<svg onload="alert(3)"><circle r="5"/></svg>\n\n'
        + '[a](javascript:alert(4)) [b](data:text/html,<script>alert(5)</script>) [c](JaVaScRiPt:alert(6)) [ok](https://example.com)\n';
      const { context, page, dialogs } = await fresh();
      try {
        await page.goto(base + '#/open');
        await page.locator('.open-page').waitFor();
        const file = (name, text) => page.locator('.pack-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
        const refusal = async (pattern) => {
          const box = page.locator('.open-error');
          await box.waitFor();
          assert.match(await box.innerText(), pattern);
        };
        await file('cut.puente.json', tinyPack().slice(0, 300));
        await refusal(/not valid JSON/);
        await file('big.puente.json', 'x'.repeat(20 * 1024 * 1024));
        await refusal(/at most 16777216 bytes/);
        await file('same-id.puente.json', tinyPack({ id: 'fundamentals' }));
        await refusal(/belongs to the built-in course/);
        const broken = JSON.parse(tinyPack());
        broken.files['basics/module.toml'] = 'title = "Basics"\nitems = ["welcome", "nowhere"]\n';
        await file('broken.puente.json', JSON.stringify(broken));
        await refusal(/basics\/module\.toml:2: item "nowhere"/);
        await page.screenshot({ path: `${shots}/open-refused.png`, fullPage: true });

        await file('evil.puente.json', tinyPack({ id: 'evil', lesson: evil }));
        await page.locator('.pack-title', { hasText: 'Tiny course' }).waitFor();
        await page.goto(base + '#/m/basics/welcome');
        await page.locator('.prose h1', { hasText: 'Hello' }).waitFor();
        await page.waitForTimeout(300);
        const prose = page.locator('.lesson .prose');
        assert.equal(await prose.locator('script, svg, img, iframe, object').count(), 0);
        assert.equal(await prose.locator('[onerror], [onload]').count(), 0);
        const hrefs = await prose.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(hrefs, ['https://example.com']);
        assert.match(await prose.innerText(), /<script>alert\(1\)<\/script>/, 'raw HTML is shown as text');
        assert.deepEqual(dialogs, []);
      } finally {
        await context.close();
      }
    });
  } finally {
    rmSync(packs, { recursive: true, force: true });
  }
}
