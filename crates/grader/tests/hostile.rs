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
        page: None,
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
        page: None,
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
        page: None,
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
        page: None,
        solution: "export const g = () => [1, 2].map((x) => x * 2);".into(),
        tests: "import { g } from './solution';\ntest('a clean realm', () => {\n  expect(typeof globalThis.leak).toBe('undefined');\n  expect(g()).toEqual([2, 4]);\n});".into(),
        ..polluting.clone()
    };
    let report = grade(&checking);
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}

/// The test that must run next to a hostile one, so a case shows the others are unharmed.
const DEEP_TESTS: &str = "import { f } from './solution';
test('before', () => { expect(1).toBe(1); });
test('the deep one', () => { f(); });
test('after', () => { expect(1).toBe(1); });
";

fn run_deep(solution: &str) -> GradeReport {
    grade(&GradeRequest {
        page: None,
        solution: solution.into(),
        tests: DEEP_TESTS.into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    })
}

/// Data nested far deeper than any real program's is stopped by the engine's own limits, in
/// the test that built it; the tests around it still run. (Nesting that reaches the engine's
/// native recursion instead, like `JSON.stringify` of the same array, takes the host down and
/// is covered by the CLI's tests.)
#[test]
fn data_nested_a_hundred_thousand_levels_fails_only_its_test() {
    for (what, solution, message) in [
        (
            "JSON.parse of 100k brackets",
            "export const f = () => JSON.parse('['.repeat(100000));",
            "SyntaxError: recursion limit exceeded",
        ),
        (
            "toEqual of two arrays 100k deep",
            "export const f = () => { let a = [], b = []; for (let i = 0; i < 100000; i++) { a = [a]; b = [b]; } expect(a).toEqual(b); };",
            "RangeError: too much recursion",
        ),
    ] {
        let r = run_deep(solution);
        assert_eq!(
            statuses(&r),
            [TestStatus::Passed, TestStatus::Failed, TestStatus::Passed],
            "{what}: {r:#?}"
        );
        let failure = r.tests[1].failure.as_ref().unwrap();
        assert!(failure.message.starts_with(message), "{what}: {}", failure.message);
    }
}

thread_local! {
    static STAGES: std::cell::RefCell<Vec<Option<String>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Hosts can only name the test that crashed them if they heard of it before it ran.
#[test]
fn the_grader_announces_each_test_before_it_runs() {
    // The hook is global and tests run on several threads: keep only this thread's stages.
    grader::on_stage(|test| STAGES.with(|s| s.borrow_mut().push(test.map(String::from))));
    let r = run_deep("export const f = () => 1;");
    assert_eq!(r.verdict, Verdict::Passed);
    let stages = STAGES.with(|s| s.take());
    assert_eq!(
        stages,
        [
            None,
            Some("before".to_string()),
            Some("the deep one".to_string()),
            Some("after".to_string())
        ]
    );
}

/// The reports a host builds when learner code took it down: an error that names the test in
/// plain words, with an explanation, identical from the CLI and the browser.
#[test]
fn a_run_that_crashed_its_host_gets_a_plain_error() {
    use grader::{Crash, Explain, RunReport};
    let memory = GradeReport::out_of_memory(Some("sums > big input"));
    assert_eq!(memory.verdict, Verdict::Error);
    let error = memory.error.unwrap();
    assert_eq!(error.name, "OutOfMemory");
    assert!(
        error
            .message
            .starts_with("ran out of memory while running the test \"sums > big input\""),
        "{}",
        error.message
    );
    assert!(error.message.contains("256 MB"), "{}", error.message);
    assert_eq!(error.explain, Some(Explain::OutOfMemory));
    let loading = GradeReport::crashed(Crash::from_reason("memory"), None);
    assert!(loading
        .error
        .unwrap()
        .message
        .starts_with("ran out of memory while loading your code"));
    let stack = GradeReport::stack_overflow(Some("deep"));
    let error = stack.error.unwrap();
    assert_eq!(
        (error.name.as_str(), error.explain),
        ("StackOverflow", Some(Explain::TooDeep))
    );
    assert!(error
        .message
        .starts_with("nested too deeply while running the test \"deep\""));
    assert_eq!(Crash::from_reason("stack"), Crash::Stack);
    assert_eq!(Crash::from_reason("trap"), Crash::Trap);
    let trap = GradeReport::crashed(Crash::Trap, Some("t")).error.unwrap();
    assert_eq!(trap.name, "Crash");
    let example = RunReport::out_of_memory().error.unwrap();
    assert!(example
        .message
        .starts_with("ran out of memory while running the example"));
}
