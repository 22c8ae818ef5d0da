//! Assert-style exercises: a script, then hints that check it with `assert`.

use grader::{grade_hints, GradeReport, Hint, HintsRequest, TestStatus, Verdict};

fn run(solution: &str, hints: &[(&str, &str)]) -> GradeReport {
    run_between("", solution, "", hints)
}

/// Runs `solution` between the pack's `before` and `after` code.
fn run_between(before: &str, solution: &str, after: &str, hints: &[(&str, &str)]) -> GradeReport {
    grade_hints(&HintsRequest {
        before_code: before.into(),
        after_code: after.into(),
        solution: solution.into(),
        hints: hints
            .iter()
            .map(|(text, code)| Hint {
                text: text.to_string(),
                code: code.to_string(),
            })
            .collect(),
        limits: Default::default(),
    })
}

fn statuses(report: &GradeReport) -> Vec<TestStatus> {
    report.tests.iter().map(|t| t.status).collect()
}

const SCRIPT: &str = "let total = 0;\nconst prices = [3, 4];\nfor (const p of prices) { total += p; }\nfunction double(n) { return n * 2; }\nconsole.log('done');\n";

#[test]
fn hints_see_the_scripts_globals_and_its_source() {
    let report = run(
        SCRIPT,
        &[
            ("total is 7", "assert.strictEqual(total, 7);"),
            (
                "prices is an array of two",
                "assert.isArray(prices);\nassert.lengthOf(prices, 2);",
            ),
            (
                "double works",
                "assert.deepEqual([1, 2].map(double), [2, 4]);",
            ),
            (
                "uses a for...of loop",
                "assert.match(code, /for\\s*\\(const \\w+ of/);",
            ),
            ("an expression hint", "typeof double === 'function'"),
        ],
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
    assert_eq!(report.tests[0].name, "total is 7");
    assert_eq!(
        report.tests[0].test_code.as_deref(),
        Some("assert.strictEqual(total, 7);")
    );
    assert_eq!(report.console[0].text, "done");
}

#[test]
fn failing_hints_show_expected_and_received() {
    let report = run(
        SCRIPT,
        &[
            (
                "total is 8",
                "assert.strictEqual(total, 8, 'total should be 8');",
            ),
            ("a false expression fails", "total === 8"),
            ("chai style", "assert.isString(total);"),
            ("throws", "assert.throws(() => double(2));"),
            (
                "deep strict",
                "assert.deepStrictEqual({ a: 1 }, { a: '1' });",
            ),
        ],
    );
    use TestStatus::Failed;
    assert_eq!(statuses(&report), [Failed, Failed, Failed, Failed, Failed]);
    let f = report.tests[0].failure.as_ref().unwrap();
    assert_eq!(f.message, "total should be 8");
    assert_eq!(
        (f.expected.as_deref(), f.received.as_deref()),
        (Some("8"), Some("7"))
    );
    assert_eq!(
        report.tests[1].failure.as_ref().unwrap().message,
        "this check is false"
    );
    assert!(report.tests[2]
        .failure
        .as_ref()
        .unwrap()
        .message
        .contains("expected a string"));
    assert!(report.tests[3]
        .failure
        .as_ref()
        .unwrap()
        .message
        .contains("expected the function to throw"));
}

#[test]
fn node_assert_semantics() {
    let report = run(
        "class Oops extends Error {}\nfunction boom() { throw new Oops('bad input'); }\nasync function later() { throw new TypeError('nope'); }",
        &[
            ("loose equal", "assert.equal('1', 1); assert.notStrictEqual('1', 1);"),
            ("throws with a class, a regex and an object", "assert.throws(boom, Oops); assert.throws(boom, /bad/); assert.throws(boom, { message: 'bad input' });"),
            ("rejects", "await assert.rejects(later, TypeError);"),
            ("doesNotThrow", "assert.doesNotThrow(() => 1);"),
            ("deepEqual ignores key order", "assert.deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 });"),
            ("chai members", "assert.sameMembers([1, 2, 3], [3, 1, 2]); assert.include('hola', 'ol'); assert.property({ a: 1 }, 'a'); assert.approximately(0.1 + 0.2, 0.3, 1e-9);"),
        ],
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}

#[test]
fn a_broken_script_is_an_error_with_its_line() {
    let report = run(
        "let a = 1;\nlet b = a +;\n",
        &[("a is 1", "assert(a === 1);")],
    );
    assert_eq!(report.verdict, Verdict::Error);
    let error = report.error.unwrap();
    assert_eq!(error.name, "SyntaxError");
    assert_eq!(error.line, Some(2));
}

#[test]
fn a_script_that_redefines_assert_cannot_fake_a_pass() {
    let report = run(
        "var assert = { strictEqual() {} };\nglobalThis.assert = assert;\nconst total = 1;",
        &[("total is 2", "assert.strictEqual(total, 2);")],
    );
    assert_eq!(statuses(&report), [TestStatus::Failed]);
}

#[test]
fn an_endless_loop_in_a_hint_fails_that_hint_only() {
    let report = run(
        "function spin() { while (true) {} }\nconst x = 1;",
        &[("spin", "spin();"), ("x is 1", "assert.strictEqual(x, 1);")],
    );
    assert_eq!(statuses(&report), [TestStatus::Failed, TestStatus::Passed]);
}

#[test]
fn the_assert_module_imports_in_jest_style_tests() {
    let report = grader::grade(&grader::GradeRequest {
        page: None,
        solution: "export const add = (a, b) => a + b;".into(),
        tests: "import assert from 'node:assert';\nimport { strictEqual } from 'assert';\nimport { add } from './solution';\ntest('adds', () => { assert.deepStrictEqual([add(1, 2)], [3]); strictEqual(add(2, 2), 5); });".into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    });
    let f = report.tests[0]
        .failure
        .as_ref()
        .expect("the second assertion fails");
    assert_eq!(
        (f.expected.as_deref(), f.received.as_deref()),
        (Some("5"), Some("4"))
    );
}

#[test]
fn setup_code_runs_before_the_learners_and_helpers_after_it() {
    // The learner's code uses what the setup defined; a hint uses a helper defined after it.
    let report = run_between(
        "const prices = [120, 80];\nlet logged = [];\nconsole.log = (m) => logged.push(m);",
        "const total = prices[0] + prices[1];\nconsole.log(total);",
        "function loggedTotal() { return logged[0]; }",
        &[("logs the total", "assert.strictEqual(loggedTotal(), 200);")],
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}

#[test]
fn a_failing_setup_is_blamed_on_the_exercise_not_the_learners_line() {
    let report = run_between(
        "\n\nundefinedHelper();",
        "const x = 1;",
        "",
        &[("x is 1", "x === 1")],
    );
    let error = report.error.expect("an error");
    assert!(error.message.contains("before.js"), "{error:?}");
    assert_eq!(error.line, None);
}

#[test]
fn a_syntax_error_in_the_learners_code_keeps_its_own_line_after_setup() {
    let report = run_between(
        "const a = 1;\nconst b = 2;\nconst c = 3;",
        "let ok = 1;\nlet = = 2;",
        "",
        &[("ok", "ok === 1")],
    );
    let error = report.error.expect("an error");
    assert_eq!(error.line, Some(2), "{error:?}");
}

#[test]
fn a_hint_written_as_a_function_is_called_with_the_learners_source() {
    // Such a hint used to count as true on any code; it must fail when its assert fails.
    let hints = [
        (
            "no var",
            "getUserInput => assert(!getUserInput('index').match(/var/g));",
        ),
        (
            "async form",
            "async (getUserInput) => assert(getUserInput('index').includes('total'))",
        ),
        (
            "false result",
            "(getUserInput) => getUserInput('index').length > 1000",
        ),
    ];
    let report = run("var total = 1;", &hints);
    assert_eq!(
        statuses(&report),
        [TestStatus::Failed, TestStatus::Passed, TestStatus::Failed],
        "{report:#?}"
    );
    let report = run("let total = 1;", &hints[..2]);
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}

#[test]
fn freecodecamp_helpers_strip_comments_but_not_strings() {
    let solution = "// var old = 1;\nconst url = 'http://example.com'; /* var x */\nconst re = /\\/\\//;\nconst t = `a // b`;\nfunction go() {}\ngo();\n";
    let report = run(
        solution,
        &[
            (
                "no var outside comments",
                "assert(!/var/.test(__helpers.removeJSComments(code)))",
            ),
            (
                "strings, templates and regexes keep their slashes",
                "const s = __helpers.removeJSComments(code); assert(s.includes(\"'http://example.com'\") && s.includes('`a // b`') && s.includes('/\\\\/\\\\//'))",
            ),
            (
                "white space removed",
                "__helpers.removeWhiteSpace('a b\\n c') === 'abc'",
            ),
            ("go is called", "__helpers.isCalledWithNoArgs('go', code)"),
            (
                "finds the function",
                "__helpers.functionRegex('go', []).test(code)",
            ),
            ("an unknown helper is named", "__helpers.noSuchHelper(code)"),
        ],
    );
    let s = statuses(&report);
    assert_eq!(s[..5], [TestStatus::Passed; 5], "{report:#?}");
    assert_eq!(s[5], TestStatus::Failed);
    let message = &report.tests[5].failure.as_ref().unwrap().message;
    assert!(message.contains("__helpers.noSuchHelper"), "{message}");
}

#[test]
fn a_browser_consoles_everyday_methods_work() {
    let report = run(
        "console.log('gone');\nconsole.clear();\nconsole.count();\nconsole.count();\nconsole.group('Order');\nconsole.log('tacos');\nconsole.groupEnd();\nconsole.assert(1 > 2, 'math');\nconsole.time('t');\nsetTimeout(() => console.timeEnd('t'), 50);\nconsole.table([1]);\n",
        &[("ran", "true")],
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
    let lines: Vec<(&str, &str)> = report
        .console
        .iter()
        .map(|l| (l.level.as_str(), l.text.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            ("info", "Console was cleared"),
            ("log", "default: 1"),
            ("log", "default: 2"),
            ("log", "Order"),
            ("log", "  tacos"),
            ("error", "Assertion failed: math"),
            ("log", "[1]"),
            ("log", "t: 50 ms"),
        ]
    );
}

#[test]
fn code_around_the_learners_sees_the_helpers_code_and_self() {
    let report = run_between(
        "self.prices = [3];",
        "const total = prices[0]; // done",
        "var sawComment = code.includes('// done') && typeof __helpers.removeJSComments === 'function';",
        &[
            ("setup and teardown saw the globals", "sawComment === true"),
            ("the hint's code is the source", "code.startsWith('const total')"),
        ],
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
    // The names are the page's, not reserved: the learner may declare their own `code`.
    let report = run("const code = 'mine';", &[("ran", "code.includes('mine')")]);
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}
