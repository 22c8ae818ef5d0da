//! The harness as a learner meets it: real Boa, real learner code, real test files.

use grader::{grade, Explain, FailureKind, GradeReport, GradeRequest, Lang, TestStatus, Verdict};

fn run(solution: &str, tests: &str) -> GradeReport {
    grade(&GradeRequest {
        page: None,
        solution: solution.into(),
        tests: tests.into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    })
}

const ADD_TESTS: &str = "import { describe, test, expect } from '@jest/globals';
import { add } from './solution';
describe('add', () => {
  test('adds small numbers', () => { expect(add(1, 2)).toBe(3); });
  describe('with negatives', () => {
    test('adds a negative', () => { expect(add(-1, 5)).toBe(4); });
  });
  test('returns a number', () => { expect(typeof add(0, 0)).toBe('number'); });
});
";

#[test]
fn a_correct_solution_passes_every_test_in_file_order() {
    let r = run("export function add(a, b) { return a + b; }", ADD_TESTS);
    assert_eq!(r.verdict, Verdict::Passed, "{r:#?}");
    let names: Vec<_> = r.tests.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "add > adds small numbers",
            "add > with negatives > adds a negative",
            "add > returns a number"
        ]
    );
}

#[test]
fn a_wrong_solution_shows_expected_and_received() {
    let r = run("export function add(a, b) { return a - b; }", ADD_TESTS);
    assert_eq!(r.verdict, Verdict::Failed);
    let f = r.tests[0].failure.as_ref().unwrap();
    assert_eq!(f.kind, FailureKind::Assertion);
    assert_eq!(f.expected.as_deref(), Some("3"));
    assert_eq!(f.received.as_deref(), Some("-1"));
    assert_eq!(r.tests[2].status, TestStatus::Passed);
}

#[test]
fn values_are_printed_like_jest() {
    let r = run(
        "export const f = () => ({ name: 'Ana', tags: ['a', 'b'], m: new Map([[1, 'x']]) });",
        "import { f } from './solution';\ntest('obj', () => expect(f()).toEqual({ name: 'Ana', tags: ['a'] }));",
    );
    let f = r.tests[0].failure.as_ref().unwrap();
    assert_eq!(
        f.expected.as_deref(),
        Some(r#"{"name": "Ana", "tags": ["a"]}"#)
    );
    assert_eq!(
        f.received.as_deref(),
        Some(r#"{"name": "Ana", "tags": ["a", "b"], "m": Map {1 => "x"}}"#)
    );
}

#[test]
fn console_output_belongs_to_its_test() {
    let r = run(
        "console.log('loading');\nexport function greet(n) { console.log('hi', n, [1, {a: 2}]); console.warn('careful'); return n; }",
        "import { greet } from './solution';\ntest('one', () => { greet('Ana'); });\ntest('two', () => { expect(1).toBe(1); });",
    );
    assert_eq!(r.console[0].text, "loading");
    let lines: Vec<_> = r.tests[0]
        .console
        .iter()
        .map(|l| (l.level.as_str(), l.text.as_str()))
        .collect();
    assert_eq!(
        lines,
        [("log", "hi Ana [1, {\"a\": 2}]"), ("warn", "careful")]
    );
    assert!(r.tests[1].console.is_empty());
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let r = run("export function add(a, b) {\n  return a +;\n}", ADD_TESTS);
    assert_eq!(r.verdict, Verdict::Error);
    let e = r.error.unwrap();
    assert_eq!(e.name, "SyntaxError");
    assert_eq!((e.line, e.column), (Some(2), Some(13)));
}

#[test]
fn a_missing_export_is_explained() {
    let r = run("export function plus(a, b) { return a + b; }", ADD_TESTS);
    assert_eq!(r.verdict, Verdict::Error);
    assert!(r
        .error
        .unwrap()
        .message
        .contains("the tests import `add`, but your code does not export it"));
}

#[test]
fn runtime_errors_point_into_the_learners_file() {
    let r = run(
        "export function add(a, b) {\n  const sum = a + b;\n  return summ;\n}",
        ADD_TESTS,
    );
    let e = r.tests[0].failure.as_ref().unwrap().error.as_ref().unwrap();
    assert_eq!(e.name, "ReferenceError");
    assert_eq!(e.message, "summ is not defined");
    assert_eq!(e.line, Some(3));
}

#[test]
fn an_endless_loop_fails_its_test_and_the_others_still_run() {
    let r = run(
        "export function add(a, b) { if (a === 1) { while (true) {} } return a + b; }",
        ADD_TESTS,
    );
    assert_eq!(r.verdict, Verdict::Failed);
    assert_eq!(
        r.tests[0].failure.as_ref().unwrap().kind,
        FailureKind::Limit
    );
    assert_eq!(r.tests[1].status, TestStatus::Passed);
}

#[test]
fn endless_recursion_is_stopped() {
    let r = run("export function add(a, b) { return add(a, b); }", ADD_TESTS);
    let f = r.tests[0].failure.as_ref().unwrap();
    assert_eq!(f.kind, FailureKind::Limit);
    assert!(f.message.contains("too much recursion"), "{}", f.message);
}

#[test]
fn learner_code_cannot_catch_the_loop_limit() {
    let r = run(
        "export function add(a, b) { try { while (true) {} } catch (e) {} return a + b; }",
        ADD_TESTS,
    );
    assert_eq!(
        r.tests[0].failure.as_ref().unwrap().kind,
        FailureKind::Limit
    );
}

#[test]
fn timers_run_on_a_virtual_clock_and_hung_promises_fail() {
    let r = run(
        "export const later = (v, ms) => new Promise((resolve) => setTimeout(() => resolve(v), ms));",
        "import { later } from './solution';
test('waits an hour instantly', async () => { expect(await later(7, 3600000)).toBe(7); });
test('never settles', () => new Promise(() => {}));
test('rejects', async () => { await expect(1).toBe(1); throw new TypeError('bad'); });",
    );
    assert_eq!(r.tests[0].status, TestStatus::Passed, "{r:#?}");
    let hung = r.tests[1].failure.as_ref().unwrap();
    assert!(hung.message.contains("never finished"), "{}", hung.message);
    assert_eq!(
        r.tests[2].failure.as_ref().unwrap().message,
        "TypeError: bad"
    );
}

#[test]
fn matchers_and_not() {
    let r = run(
        "export const id = (x) => x;",
        "import { id } from './solution';
test('toBeCloseTo', () => expect(id(0.1 + 0.2)).toBeCloseTo(0.3));
test('toContain', () => { expect(id([1, 2])).toContain(2); expect(id('hola')).toContain('ol'); });
test('toHaveLength', () => expect(id('abc')).toHaveLength(3));
test('toMatch', () => expect(id('hello')).toMatch(/^h.l/));
test('comparisons', () => { expect(id(3)).toBeGreaterThan(2); expect(id(3)).toBeLessThanOrEqual(3); });
test('not', () => { expect(id(1)).not.toBe(2); expect(id(null)).toBeNull(); expect(id(undefined)).toBeUndefined(); });
test('toThrow', () => { expect(() => { throw new RangeError('too big'); }).toThrow('big'); expect(() => id(1)).not.toThrow(); });
test('toStrictEqual', () => expect(id({ a: undefined })).not.toStrictEqual({}));
test('toEqual ignores undefined', () => expect(id({ a: 1, b: undefined })).toEqual({ a: 1 }));
test('fails', () => expect(id(1)).not.toBe(1));",
    );
    for t in &r.tests[..9] {
        assert_eq!(t.status, TestStatus::Passed, "{t:#?}");
    }
    let last = r.tests[9].failure.as_ref().unwrap();
    assert_eq!(last.expected.as_deref(), Some("not 1"));
}

#[test]
fn redefined_globals_cannot_fake_a_pass() {
    let hostile = "
globalThis.expect = () => ({ toBe() {} });
export function add(a, b) { return 0; }";
    let r = run(hostile, ADD_TESTS);
    // Modules are strict: assigning the read-only global throws while loading.
    assert_eq!(r.verdict, Verdict::Error, "{r:#?}");

    let polluting = "
Object.prototype.toJSON = () => 'hacked';
JSON.stringify = () => '{}';
Array.prototype.push = () => 0;
Object.keys = () => [];
String.prototype.slice = () => '';
export function add(a, b) { return a * b; }";
    let r = run(polluting, ADD_TESTS);
    assert_eq!(r.verdict, Verdict::Failed, "{r:#?}");
    assert_eq!(
        r.tests[0].failure.as_ref().unwrap().received.as_deref(),
        Some("2")
    );
}

#[test]
fn thrown_non_errors_are_reported() {
    let r = run("export function add() { throw 'nope'; }", ADD_TESTS);
    let f = r.tests[0].failure.as_ref().unwrap();
    assert_eq!(f.kind, FailureKind::Error);
    assert!(f.message.contains("\"nope\""), "{}", f.message);
}

#[test]
fn huge_output_is_capped_with_a_note() {
    let r = run(
        "export function add(a, b) { for (let i = 0; i < 100000; i++) console.log('line ' + i); return a + b; }",
        ADD_TESTS,
    );
    let out = &r.tests[0].console;
    let total: usize = out.iter().map(|l| l.text.len()).sum();
    assert!(total < 30_000, "output not capped: {total}");
    assert!(out.last().unwrap().text.contains("output cut"));
}

#[test]
fn report_round_trips_through_json() {
    let r = run("export function add(a, b) { return a - b; }", ADD_TESTS);
    let json = serde_json::to_string(&r).unwrap();
    assert_eq!(serde_json::from_str::<GradeReport>(&json).unwrap(), r);
}

#[test]
fn common_mistakes_come_with_an_explanation_in_two_languages() {
    let r = run(
        "export function add(a, b) {\n  console.log(a + b);\n}",
        ADD_TESTS,
    );
    let f = r.tests[0].failure.as_ref().unwrap();
    assert_eq!(f.explain, Some(Explain::MissingReturn));
    assert!(Explain::MissingReturn.text(Lang::En).contains("return"));
    assert!(Explain::MissingReturn.text(Lang::Es).contains("return"));

    let r = run("export function add(a, b) {\n  return totl;\n}", ADD_TESTS);
    assert_eq!(
        r.tests[0].failure.as_ref().unwrap().explain,
        Some(Explain::NotDefined)
    );

    let r = run(
        "export function add(a, b) {\n  if (a) {\n    return a + b;\n}\n",
        ADD_TESTS,
    );
    let e = r.error.unwrap();
    assert_eq!(e.explain, Some(Explain::UnexpectedEnd));
    assert_eq!(e.line, Some(4));
}

#[test]
fn mock_functions_and_spies() {
    let r = run(
        "export function each(xs, f) { for (const x of xs) f(x, x * 2); }
export const shop = { price(n) { return n * 3; } };
export function total(n) { return shop.price(n) + 1; }",
        "import { jest, expect, test } from '@jest/globals';
import { each, shop, total } from './solution';
test('calls the callback for each item', () => {
  const cb = jest.fn();
  each([1, 2], cb);
  expect(cb).toHaveBeenCalled();
  expect(cb).toHaveBeenCalledTimes(2);
  expect(cb).toHaveBeenCalledWith(2, 4);
  expect(cb).not.toHaveBeenCalledWith(3, 6);
});
test('mock return values and implementations', () => {
  const f = jest.fn().mockReturnValue(7);
  expect(f()).toBe(7);
  const g = jest.fn().mockImplementation((a) => a + 1);
  expect(g(1)).toBe(2);
  expect(g.mock.calls).toEqual([[1]]);
});
test('spyOn watches and can replace a method', () => {
  const spy = jest.spyOn(shop, 'price');
  expect(total(2)).toBe(7);
  expect(spy).toHaveBeenCalledWith(2);
  spy.mockReturnValue(0);
  expect(total(2)).toBe(1);
});
test('a wrong call count fails with both counts', () => {
  const cb = jest.fn();
  each([1], cb);
  expect(cb).toHaveBeenCalledTimes(3);
});",
    );
    for t in &r.tests[..3] {
        assert_eq!(t.status, TestStatus::Passed, "{t:#?}");
    }
    let f = r.tests[3].failure.as_ref().unwrap();
    assert_eq!(
        (f.expected.as_deref(), f.received.as_deref()),
        (Some("3 calls"), Some("1 calls"))
    );
}

#[test]
fn resolves_rejects_only_and_test_code() {
    let r = run(
        "export const ok = (v) => Promise.resolve(v);
export const bad = () => Promise.reject(new Error('nope'));",
        "import { ok, bad } from './solution';
test('resolves', async () => { await expect(ok(3)).resolves.toBe(3); });
test('rejects', () => expect(bad()).rejects.toThrow('nope'));
test('resolves but should not', async () => { await expect(bad()).resolves.toBe(1); });",
    );
    assert_eq!(r.tests[0].status, TestStatus::Passed, "{r:#?}");
    assert_eq!(r.tests[1].status, TestStatus::Passed, "{r:#?}");
    let f = r.tests[2].failure.as_ref().unwrap();
    assert!(
        f.message.contains("rejected instead of resolving"),
        "{}",
        f.message
    );
    assert!(r.tests[0]
        .test_code
        .as_deref()
        .unwrap()
        .contains("resolves.toBe(3)"));

    let r = run(
        "export const one = () => 1;",
        "import { one } from './solution';
test('skipped by only', () => expect(one()).toBe(2));
test.only('focused', () => expect(one()).toBe(1));",
    );
    assert_eq!(r.verdict, Verdict::Passed, "{r:#?}");
    assert_eq!(r.tests[0].status, TestStatus::Skipped);
}

#[test]
fn deep_equality_of_larger_nested_values() {
    let r = run(
        "export const rows = () => [{ a: 1 }, { a: 1 }, { a: 1 }, { a: [1, 2] }, [[1], [1], [1], [1]]];",
        "import { rows } from './solution';
test('equal', () => expect(rows()).toEqual([{ a: 1 }, { a: 1 }, { a: 1 }, { a: [1, 2] }, [[1], [1], [1], [1]]]));
test('strict', () => expect(rows()).toStrictEqual([{ a: 1 }, { a: 1 }, { a: 1 }, { a: [1, 2] }, [[1], [1], [1], [1]]]));
test('different', () => expect(rows()).not.toEqual([{ a: 1 }, { a: 1 }, { a: 1 }, { a: [1, 3] }, [[1], [1], [1], [1]]]));",
    );
    assert_eq!(r.verdict, Verdict::Passed, "{r:#?}");
}

#[test]
fn to_match_object_checks_only_the_named_properties() {
    let tests = "import { order } from './solution';
test('subset passes', () => { expect(order()).toMatchObject({ id: 7, customer: { name: 'Ana' }, lines: [{ qty: 2 }] }); });
test('asymmetric inside', () => { expect(order()).toMatchObject({ id: expect.any(Number) }); });
test('wrong nested value fails', () => { expect(order()).toMatchObject({ customer: { name: 'Luis' } }); });
test('arrays must have the same length', () => { expect(order()).toMatchObject({ lines: [] }); });
test('not', () => { expect(order()).not.toMatchObject({ id: 8 }); });
";
    let report = run(
        "export const order = () => ({ id: 7, customer: { name: 'Ana', city: 'Lima' }, lines: [{ qty: 2, sku: 'x' }] });",
        tests,
    );
    let statuses: Vec<TestStatus> = report.tests.iter().map(|t| t.status).collect();
    use TestStatus::{Failed, Passed};
    assert_eq!(statuses, [Passed, Passed, Failed, Failed, Passed]);
    let failure = report.tests[2].failure.as_ref().unwrap();
    assert!(
        failure.expected.as_deref().unwrap().contains("Luis"),
        "{failure:?}"
    );
    assert!(
        failure.received.as_deref().unwrap().contains("Lima"),
        "{failure:?}"
    );
}

#[test]
fn resolves_and_rejects_need_a_promise() {
    let tests = "import { total } from './solution';
test('a plain value is not a promise', async () => { await expect(total(2)).resolves.toBe(4); });
test('a function returning a promise is called', async () => { await expect(() => Promise.resolve(total(2))).resolves.toBe(4); });
test('rejects with a plain value fails too', async () => { await expect(total(1)).rejects.toThrow(); });
";
    let report = run("export const total = (n) => n * 2;", tests);
    let statuses: Vec<TestStatus> = report.tests.iter().map(|t| t.status).collect();
    assert_eq!(
        statuses,
        [TestStatus::Failed, TestStatus::Passed, TestStatus::Failed]
    );
    let failure = report.tests[0].failure.as_ref().unwrap();
    assert!(
        failure.message.contains("received value must be a promise"),
        "{failure:?}"
    );
    assert_eq!(failure.received.as_deref(), Some("4"));
}

#[test]
fn before_all_and_after_all_run_once_around_their_block() {
    let tests = "import { add } from './solution';
const log = [];
beforeAll(() => { log.push('setup'); });
afterAll(() => { log.push('teardown'); if (log.length !== 7) throw new Error('afterAll ran early: ' + log.join(',')); });
describe('first task', () => {
  beforeAll(async () => { await Promise.resolve(); log.push('inner setup'); });
  afterAll(() => log.push('inner teardown'));
  test('one', () => { log.push('one'); expect(log).toEqual(['setup', 'inner setup', 'one']); });
  test('two', () => { log.push('two'); expect(add(1, 1)).toBe(2); });
});
describe('second task', () => {
  test('three', () => { log.push('three'); expect(log).toEqual(['setup', 'inner setup', 'one', 'two', 'inner teardown', 'three']); });
});
describe('broken setup', () => {
  beforeAll(() => { throw new Error('no database'); });
  test('four', () => {});
  test('five', () => {});
});
";
    let report = run("export const add = (a, b) => a + b;", tests);
    let summary: Vec<(TestStatus, Option<u32>)> =
        report.tests.iter().map(|t| (t.status, t.task_id)).collect();
    use TestStatus::{Failed, Passed};
    assert_eq!(
        summary,
        [
            (Passed, Some(1)),
            (Passed, Some(1)),
            (Passed, Some(2)),
            (Failed, Some(3)),
            (Failed, Some(3))
        ],
        "{report:#?}"
    );
    assert!(report.tests[4]
        .failure
        .as_ref()
        .unwrap()
        .message
        .contains("no database"));
}

#[test]
fn structural_mismatches_come_with_a_line_diff() {
    use grader::DiffKind::{Expected, Received, Same};
    let tests = "import { order, poem } from './solution';
test('object', () => { expect(order()).toEqual({ id: 7, lines: [{ sku: 'a', qty: 2 }], paid: true }); });
test('text', () => { expect(poem()).toBe('roses\\nviolets\\nsugar'); });
test('numbers have no diff', () => { expect(1 + 1).toBe(3); });
test('negated has no diff', () => { expect(order()).not.toEqual(order()); });
";
    let report = run(
        "export const order = () => ({ id: 7, lines: [{ sku: 'a', qty: 3 }], paid: true });\nexport const poem = () => 'roses\\nviolets\\nhoney';",
        tests,
    );
    let diff = report.tests[0]
        .failure
        .as_ref()
        .unwrap()
        .diff
        .clone()
        .unwrap();
    let lines: Vec<(grader::DiffKind, &str)> =
        diff.iter().map(|l| (l.kind, l.text.as_str())).collect();
    assert_eq!(
        lines,
        [
            (Same, "{"),
            (Same, "  \"id\": 7,"),
            (Same, "  \"lines\": ["),
            (Same, "    {"),
            (Same, "      \"sku\": \"a\","),
            (Expected, "      \"qty\": 2,"),
            (Received, "      \"qty\": 3,"),
            (Same, "    },"),
            (Same, "  ],"),
            (Same, "  \"paid\": true,"),
            (Same, "}"),
        ]
    );
    let text: Vec<(grader::DiffKind, String)> = report.tests[1]
        .failure
        .as_ref()
        .unwrap()
        .diff
        .clone()
        .unwrap()
        .into_iter()
        .map(|l| (l.kind, l.text))
        .collect();
    assert_eq!(text[2], (Expected, "sugar".to_string()));
    assert_eq!(text[3], (Received, "honey".to_string()));
    assert!(report.tests[2].failure.as_ref().unwrap().diff.is_none());
    assert!(report.tests[3].failure.as_ref().unwrap().diff.is_none());
}

fn run_with_files(solution: &str, tests: &str, files: &[(&str, &str)]) -> GradeReport {
    grade(&GradeRequest {
        page: None,
        solution: solution.into(),
        tests: tests.into(),
        limits: Default::default(),
        solution_name: None,
        files: files
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    })
}

#[test]
fn helper_files_load_as_es_modules_or_commonjs() {
    let files = [
        ("data.js", "export const prices = [3, 4];"),
        (
            "money.js",
            "const round = (n) => Math.round(n * 100) / 100;\nmodule.exports = { round, currency: 'USD' };",
        ),
        (
            "tax.js",
            "const { round } = require('./money');\nexports.withTax = (n) => round(n * 1.1);",
        ),
    ];
    let tests = "import { total } from './solution';
import { prices } from './data';
import money, { currency } from './money.js';
const { withTax } = require('./tax');
test('total', () => { expect(total(prices)).toBe(7); });
test('commonjs default and named', () => { expect(money.round(3.14159)).toBe(3.14); expect(currency).toBe('USD'); });
test('require', () => { expect(withTax(10)).toBe(11); });
test('require of an unknown file explains itself', () => { expect(() => require('./nope')).toThrow(/Cannot find module/); });
";
    let report = run_with_files(
        "import { prices } from './data';\nexport const total = (list = prices) => list.reduce((a, b) => a + b, 0);",
        tests,
        &files,
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}

#[test]
fn a_commonjs_solution_is_imported_like_a_module() {
    let tests = "import { add } from './solution';\nconst same = require('./solution');\ntest('adds', () => { expect(add(1, 2)).toBe(3); expect(same.add).toBe(add); });";
    let report = run_with_files(
        "function add(a, b) { return a + b; }\nmodule.exports = { add };",
        tests,
        &[],
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
    let broken = run_with_files(
        "function add(a, b) { return a + b; }\nmodule.exports = { add: ad };",
        tests,
        &[],
    );
    assert_eq!(broken.verdict, Verdict::Error);
    let error = broken.error.unwrap();
    assert_eq!(error.name, "ReferenceError");
    assert_eq!(error.line, Some(2));
}

/// Older tutorials teach `substr` and `__proto__`; every browser has them, so learner code that
/// uses them must run here too.
#[test]
fn web_compatibility_features_of_browsers_are_there() {
    let r = run(
        "export const middle = (s) => s.substr(1, 2);\nexport const protoOf = (o) => o.__proto__;",
        "import { middle, protoOf } from './solution';
test('substr', () => { expect(middle('abcdef')).toBe('bc'); });
test('__proto__', () => { expect(protoOf([])).toBe(Array.prototype); });",
    );
    assert_eq!(r.verdict, Verdict::Passed, "{r:#?}");
}
