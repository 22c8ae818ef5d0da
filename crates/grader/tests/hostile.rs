//! Learner code is hostile by accident. Each case is a snippet a beginner (or a curious one)
//! might write, and the verdict it must get: it may break its own tests, but it must never break
//! the harness, fake a pass, or hide other tests' results.

use grader::{grade, FailureKind, GradeReport, GradeRequest, TestStatus, Verdict};

const TESTS: &str = "import { describe, test, expect } from '@jest/globals';
import { add } from './solution';
describe('add', () => {
  test('adds', () => { expect(add(1, 2)).toBe(3); });
  test('adds negatives', () => { expect(add(-1, -2)).toBe(-3); });
});
";

fn run(solution: &str) -> GradeReport {
    grade(&GradeRequest {
        solution: solution.into(),
        tests: TESTS.into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    })
}

fn statuses(r: &GradeReport) -> Vec<TestStatus> {
    r.tests.iter().map(|t| t.status).collect()
}

const RIGHT: &str = "export function add(a, b) { return a + b; }";
const WRONG: &str = "export function add(a, b) { return a * b; }";

/// Vandalism before the learner's (right or wrong) function: the verdict must be the one the
/// function alone deserves.
const VANDALISM: [(&str, &str); 14] = [
    ("console replaced", "console.log = () => {}; console = null;"),
    ("Object replaced", "globalThis.Object = function () { return {}; };"),
    ("JSON replaced", "globalThis.JSON = { stringify: () => '{\"verdict\":\"passed\"}' };"),
    ("map and filter removed", "Array.prototype.map = null; Array.prototype.filter = null;"),
    ("Promise replaced", "globalThis.Promise = function () {}; globalThis.Promise.resolve = () => ({ then() {} });"),
    ("then hijacked", "Promise.prototype.then = function () { return this; };"),
    ("prototypes frozen", "Object.freeze(Object.prototype); Object.freeze(Array.prototype); Object.freeze(Function.prototype);"),
    ("prototypes polluted", "Object.prototype.status = 'passed'; Object.prototype.failure = null; Object.prototype.toJSON = () => ({});"),
    ("array iteration broken", "Array.prototype[Symbol.iterator] = function* () { yield 'hacked'; };"),
    ("String methods replaced", "String.prototype.includes = () => true; String.prototype.slice = () => ''; String.prototype.split = () => [];"),
    ("Object.is replaced", "Object.is = () => true;"),
    ("Reflect replaced", "Reflect.apply = () => undefined; globalThis.Reflect = {};"),
    ("Error replaced", "globalThis.Error = function () {}; globalThis.TypeError = null;"),
    ("timers replaced", "globalThis.setTimeout = (f) => f(); globalThis.clearTimeout = null;"),
];

#[test]
fn vandalised_globals_leave_the_verdict_honest() {
    for (what, vandalism) in VANDALISM {
        let right = run(&format!("{vandalism}\n{RIGHT}"));
        assert_eq!(
            right.verdict,
            Verdict::Passed,
            "{what}: right code must pass: {right:#?}"
        );
        let wrong = run(&format!("{vandalism}\n{WRONG}"));
        assert_eq!(
            statuses(&wrong),
            [TestStatus::Failed, TestStatus::Failed],
            "{what}: wrong code must fail both tests: {wrong:#?}"
        );
        assert_eq!(
            wrong.tests[0].failure.as_ref().unwrap().received.as_deref(),
            Some("2"),
            "{what}"
        );
    }
}

#[test]
fn object_prototype_then_does_not_hang_or_pass() {
    let r = run(&format!(
        "Object.prototype.then = function (resolve) {{ resolve('passed'); }};\n{WRONG}"
    ));
    assert_eq!(
        statuses(&r),
        [TestStatus::Failed, TestStatus::Failed],
        "{r:#?}"
    );
}

#[test]
fn redefining_the_test_functions_is_refused() {
    for global in ["expect", "test", "describe", "it"] {
        let r = run(&format!("globalThis.{global} = () => {{}};\n{RIGHT}"));
        assert_eq!(r.verdict, Verdict::Error, "{global}: {r:#?}");
    }
}

#[test]
fn thrown_values_of_every_kind_fail_with_what_was_thrown() {
    for (thrown, shown) in [
        ("null", "null"),
        ("undefined", "undefined"),
        ("42", "42"),
        ("{ message: 'plain object' }", "plain object"),
        ("Object.create(null)", ""),
    ] {
        let r = run(&format!("export function add() {{ throw {thrown}; }}"));
        let f = r.tests[0].failure.as_ref().unwrap();
        assert_eq!(f.kind, FailureKind::Error, "{thrown}: {f:?}");
        assert!(f.message.contains(shown), "{thrown}: {}", f.message);
        assert_eq!(r.tests.len(), 2, "{thrown}: the other test still runs");
    }
}

#[test]
fn a_forged_failure_object_is_just_an_error() {
    let r = run(
        "export function add() { throw { kind: 'assertion', message: 'fine', expected: '3', received: '3' }; }",
    );
    let f = r.tests[0].failure.as_ref().unwrap();
    assert_eq!(f.kind, FailureKind::Error);
    assert_eq!(f.expected, None);
}

#[test]
fn thenables_are_values_not_passes() {
    let r = run("export function add(a, b) { return { then(resolve) { resolve(a + b); } }; }");
    assert_eq!(statuses(&r), [TestStatus::Failed, TestStatus::Failed]);
    let never = grade(&GradeRequest {
        solution: "export function add() { return { then() {} }; }".into(),
        tests: "import { add } from './solution';\ntest('awaits', async () => { expect(await add(1, 2)).toBe(3); });\ntest('next', () => {});".into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    });
    assert_eq!(statuses(&never), [TestStatus::Failed, TestStatus::Passed]);
    assert_eq!(
        never.tests[0].failure.as_ref().unwrap().kind,
        FailureKind::Limit
    );
}

#[test]
fn megabytes_of_output_are_capped_and_the_verdict_stands() {
    let r = run("export function add(a, b) { console.log('x'.repeat(5000000)); for (let i = 0; i < 20000; i++) console.log(i); return a + b; }");
    assert_eq!(r.verdict, Verdict::Passed);
    let printed: usize = r.tests[0].console.iter().map(|l| l.text.len()).sum();
    assert!(printed < 30_000, "{printed}");
}

#[test]
fn a_deeply_nested_return_value_prints_without_crashing() {
    let r = run(
        "export function add() { let v = 0; for (let i = 0; i < 10000; i++) v = [v]; return v; }",
    );
    assert_eq!(statuses(&r), [TestStatus::Failed, TestStatus::Failed]);
    let cyclic = run(
        "export function add() { const a = { name: 'loop' }; a.self = a; a.list = [a]; return a; }",
    );
    let received = cyclic.tests[0]
        .failure
        .as_ref()
        .unwrap()
        .received
        .clone()
        .unwrap();
    assert!(received.contains("[Circular]"), "{received}");
}

/// The grading worker builds each run's sandbox ahead of time; a sandbox built that way must
/// still serve a single run, so nothing one learner run does is seen by the next.
#[test]
fn a_prewarmed_sandbox_serves_one_run_and_no_more() {
    assert!(grader::prewarm());
    let polluting = GradeRequest {
        solution:
            "globalThis.leak = 1;\nArray.prototype.map = () => 'broken';\nexport const f = () => 1;"
                .into(),
        tests: "import { f } from './solution';\ntest('f', () => { expect(f()).toBe(1); });".into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    };
    assert_eq!(grade(&polluting).verdict, Verdict::Passed);
    assert!(grader::prewarm());
    let checking = GradeRequest {
        solution: "export const g = () => [1, 2].map((x) => x * 2);".into(),
        tests: "import { g } from './solution';\ntest('a clean realm', () => {\n  expect(typeof globalThis.leak).toBe('undefined');\n  expect(g()).toEqual([2, 4]);\n});".into(),
        ..polluting.clone()
    };
    let report = grade(&checking);
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}
