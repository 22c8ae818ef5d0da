// Grades an Exercism JavaScript track with Puente and with Jest, side by side: every exercise's
// reference solution and its stub, the same files for both. Prints how often the verdicts agree,
// where they differ and why, and the wall-clock time of each with the same number of workers.
//
//   node tests/jest-compare.mjs PUENTE_BIN EXERCISES_DIR [--jobs N]
//
// JEST_HOME names a folder whose node_modules holds jest, babel-jest, core-js and
// @exercism/babel-preset-javascript (`cargo xtask bench` installs them in target/jest).
// Tests marked `xtest` run, as Exercism's own test runner runs them.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [puente, exercisesDir, ...rest] = process.argv.slice(2);
if (!puente || !exercisesDir) {
  console.error('usage: node tests/jest-compare.mjs PUENTE_BIN EXERCISES_DIR [--jobs N]');
  process.exit(2);
}
const jobsAt = rest.indexOf('--jobs');
const jobs = jobsAt >= 0 ? Number(rest[jobsAt + 1]) : os.availableParallelism();
const jestHome = process.env.JEST_HOME;
if (!jestHome || !fs.existsSync(path.join(jestHome, 'node_modules/jest'))) {
  console.error('JEST_HOME must name a folder with node_modules/jest (see the header of this file)');
  process.exit(2);
}

// Every exercise folder: EXERCISES_DIR/{practice,concept}/SLUG with .meta/config.json.
const exercises = [];
for (const kind of fs.readdirSync(exercisesDir).sort()) {
  const kindDir = path.join(exercisesDir, kind);
  if (!fs.statSync(kindDir).isDirectory()) continue;
  for (const slug of fs.readdirSync(kindDir).sort()) {
    const dir = path.join(kindDir, slug);
    if (fs.existsSync(path.join(dir, '.meta/config.json'))) exercises.push({ kind, slug, dir });
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'puente-jest-compare-'));
fs.symlinkSync(path.join(path.resolve(jestHome), 'node_modules'), path.join(work, 'node_modules'));
fs.writeFileSync(path.join(work, 'babel.config.js'),
  "module.exports = { presets: [['@exercism/babel-preset-javascript', { corejs: '3.40' }]] };\n");
fs.writeFileSync(path.join(work, 'jest.config.js'),
  "module.exports = { testEnvironment: 'node', testMatch: ['**/*.spec.js'], modulePathIgnorePatterns: ['<rootDir>/node_modules'] };\n");

// Two copies of each exercise: one whose solution file is the stub, one with the reference.
const cases = [];
for (const ex of exercises) {
  const config = JSON.parse(fs.readFileSync(path.join(ex.dir, '.meta/config.json'), 'utf8'));
  const solution = config.files.solution[0];
  const reference = (config.files.example || config.files.exemplar || [])[0];
  for (const variant of ['stub', 'reference']) {
    if (variant === 'reference' && !reference) continue;
    const dir = path.join(work, variant, ex.kind, ex.slug);
    fs.cpSync(ex.dir, dir, { recursive: true });
    if (variant === 'reference') fs.copyFileSync(path.join(ex.dir, reference), path.join(dir, solution));
    for (const spec of config.files.test) {
      const file = path.join(dir, spec);
      const text = fs.readFileSync(file, 'utf8')
        .replace(/\bxtest\(/g, 'test(').replace(/\bxit\(/g, 'it(').replace(/\bxdescribe\(/g, 'describe(');
      fs.writeFileSync(file, text);
    }
    for (const extra of ['package.json', 'babel.config.js', 'jest.config.js', '.npmrc']) {
      fs.rmSync(path.join(dir, extra), { force: true });
    }
    cases.push({ name: `${variant} ${ex.kind}/${ex.slug}`, dir, spec: path.join(dir, config.files.test[0]) });
  }
}

function timed(f) {
  const start = process.hrtime.bigint();
  const value = f();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

// Jest: one run over every copy, as a track's CI would run it.
const jestJson = path.join(work, 'jest-results.json');
const jest = timed(() => spawnSync(process.execPath, [
  path.join(work, 'node_modules/jest/bin/jest.js'), '--rootDir', work, '--json', '--outputFile', jestJson,
  `--maxWorkers=${jobs}`, '--testTimeout=20000', '--silent',
], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 }));
const jestResults = JSON.parse(fs.readFileSync(jestJson, 'utf8'));
const jestBySpec = new Map();
for (const r of jestResults.testResults) {
  const failed = r.assertionResults.filter((a) => a.status === 'failed');
  const text = r.message || (failed[0] && `${failed[0].fullName}: ${failed[0].failureMessages.join(' ')}`) || '';
  const why = r.status === 'passed' ? '' : text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim())
    || `status ${r.status}, ${r.assertionResults.length} tests, ${failed.length} failed`;
  jestBySpec.set(path.resolve(r.name), { pass: r.status === 'passed' && r.assertionResults.length > 0, why: why.trim() });
}

// Puente: the same copies, graded in a pool of the same size.
const puenteRun = timed(() => spawnSync(puente, ['grade', ...cases.map((c) => c.dir), '--jsonl', '--jobs', String(jobs)], {
  encoding: 'utf8', maxBuffer: 1 << 28,
}));
const puenteOut = puenteRun.value.stdout.trim();
const puenteLines = puenteOut ? puenteOut.split('\n').map((l) => JSON.parse(l)) : [];

let agree = 0;
const differ = [];
cases.forEach((c, i) => {
  const p = puenteLines[i];
  const j = jestBySpec.get(path.resolve(c.spec)) || { pass: false, why: 'Jest reported nothing for this file' };
  const pPass = p && p.verdict === 'passed';
  if (pPass === j.pass) agree++;
  else differ.push(`${c.name}: Puente ${p ? p.verdict : 'no result'}${p && p.message ? ` (${p.message})` : ''}; Jest ${j.pass ? 'passed' : `failed (${j.why.slice(0, 160)})`}`);
});

console.log(`cases: ${cases.length} (${exercises.length} exercises, stub and reference)`);
console.log(`agreement with Jest: ${agree}/${cases.length} (${(100 * agree / cases.length).toFixed(1)}%)`);
console.log(`whole track, ${jobs} workers: Jest ${jest.seconds.toFixed(1)} s, Puente ${puenteRun.seconds.toFixed(1)} s (${(jest.seconds / puenteRun.seconds).toFixed(1)}x)`);
for (const d of differ) console.log(`  differs: ${d}`);
if (process.env.KEEP) console.log(`kept ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
