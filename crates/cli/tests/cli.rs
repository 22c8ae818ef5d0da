//! The `puente` binary as an instructor uses it.

use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn puente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_puente"))
}

fn temp_pack(name: &str, solution: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("puente-cli-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let ex = dir.join("m/fib");
    fs::create_dir_all(&ex).unwrap();
    fs::write(
        dir.join("pack.toml"),
        "id = \"t\"\ntitle = \"T\"\nversion = \"1\"\nmodules = [\"m\"]\n",
    )
    .unwrap();
    fs::write(
        dir.join("m/module.toml"),
        "title = \"M\"\nitems = [\"fib\"]\n",
    )
    .unwrap();
    fs::write(ex.join("exercise.toml"), "title = \"Fib\"\ndifficulty = 2\nminutes = 5\nhints = [\"a\", \"b\"]\ntime_limit_ms = 500\n").unwrap();
    fs::write(ex.join("instructions.md"), "Fibonacci.\n").unwrap();
    fs::write(ex.join("starter.js"), "export function fib(n) {}\n").unwrap();
    fs::write(ex.join("solution.js"), solution).unwrap();
    let tests: String = (0..5)
        .map(|i| format!("test('fib {i}', () => expect(fib({i})).toBe([0, 1, 1, 2, 3][{i}]));\n"))
        .collect();
    fs::write(
        ex.join("tests.js"),
        format!("import {{ fib }} from './solution';\n{tests}"),
    )
    .unwrap();
    dir
}

#[test]
fn the_fundamentals_pack_checks_clean() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../packs/fundamentals");
    let out = puente()
        .arg("check")
        .arg(&root)
        .arg("--json")
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(report["ok"], true);
    let exercises = report["exercises"].as_array().unwrap();
    assert!(exercises.len() >= 5);
    for e in exercises {
        assert_eq!(e["solution"]["verdict"], "passed", "{e}");
        assert_eq!(e["starter"]["verdict"], "failed", "{e}");
    }
}

#[test]
fn a_solution_that_never_finishes_does_not_hang_the_check() {
    // Exponential time, but every loop and the call depth stay within the engine limits.
    let slow = "export function fib(n) { const f = (k) => k < 2 ? k : f(k - 1) + f(k - 2); f(60); return n; }\n";
    let dir = temp_pack("slow", slow);
    let started = Instant::now();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("solution.js does not run: Timeout"), "{text}");
    assert!(started.elapsed() < Duration::from_secs(20));
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_broken_pack_lists_its_problems() {
    let dir = temp_pack("broken", "export function fib(n) { return n; }\n");
    fs::write(
        dir.join("m/module.toml"),
        "title = \"M\"\nitems = [\"fib\", \"nope\"]\n",
    )
    .unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text.contains("module.toml:2: item \"nope\" has no lesson file nope.md, exercise folder nope/ or quiz file"),
        "{text}"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn grade_reports_failures_and_exit_status() {
    let dir = temp_pack(
        "grade",
        "export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n",
    );
    let ex = dir.join("m/fib");
    let out = puente().arg("grade").arg(&ex).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text.contains("FAIL  fib 0")
            && text.contains("Expected: 0")
            && text.contains("Received: undefined"),
        "{text}"
    );
    let ok = puente()
        .arg("grade")
        .arg(&ex)
        .arg("--solution")
        .arg(ex.join("solution.js"))
        .output()
        .unwrap();
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );

    // `puente grade --json | head`: the reader goes away before the report is written. The
    // command ends quietly with the closed-pipe status instead of panicking.
    let mut child = puente()
        .arg("grade")
        .arg(&ex)
        .arg("--json")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let closed = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&closed.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(closed.status.code(), Some(141), "{stderr}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn grades_an_exercism_layout_and_prints_results_v3() {
    let dir = std::env::temp_dir().join(format!("puente-cli-exercism-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join(".meta")).unwrap();
    fs::write(
        dir.join(".meta/config.json"),
        r#"{"files": {"solution": ["two-fer.js"], "test": ["two-fer.spec.js"], "example": [".meta/proof.ci.js"]}}"#,
    )
    .unwrap();
    fs::write(dir.join("two-fer.js"), "export const twoFer = () => {\n  throw new Error('Remove this line and implement the function');\n};\n").unwrap();
    fs::write(
        dir.join(".meta/proof.ci.js"),
        "export const twoFer = (name = 'you') => `One for ${name}, one for me.`;\n",
    )
    .unwrap();
    fs::write(
        dir.join("two-fer.spec.js"),
        "import { describe, expect, test, xtest } from '@jest/globals';
import { twoFer } from './two-fer';
describe('twoFer()', () => {
  test('no name given', () => { expect(twoFer()).toEqual('One for you, one for me.'); });
  xtest('a name given', () => { console.log('checking Alice'); expect(twoFer('Alice')).toEqual('One for Alice, one for me.'); });
});
",
    )
    .unwrap();
    let out = puente()
        .arg("grade")
        .arg(&dir)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 3);
    assert_eq!(v["status"], "fail");
    assert_eq!(v["tests"][0]["name"], "twoFer() > no name given");
    assert!(v["tests"][0]["message"]
        .as_str()
        .unwrap()
        .contains("Remove this line"));

    let out = puente()
        .arg("grade")
        .arg(&dir)
        .arg("--json")
        .arg("--solution")
        .arg(dir.join(".meta/proof.ci.js"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{v}");
    assert_eq!(v["status"], "pass");
    assert_eq!(v["tests"][1]["output"], "checking Alice");
    assert!(v["tests"][1]["test_code"]
        .as_str()
        .unwrap()
        .contains("twoFer('Alice')"));
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn check_runs_lesson_examples_and_counts_everything() {
    let good = "export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n";
    let dir = temp_pack("examples", good);
    fs::write(
        dir.join("m/module.toml"),
        "title = \"M\"\nitems = [\"intro\", \"fib\", \"check\"]\n",
    )
    .unwrap();
    fs::write(
        dir.join("m/intro.md"),
        "# Intro\n\n```js runnable\nconsole.log(1 + 1);\n```\n\n```js runnable\nconst a = 1;\nconsole.log(b);\n```\n\n```js runnable throws\nconsole.log('fine');\n```\n",
    )
    .unwrap();
    fs::write(
        dir.join("m/check.quiz.toml"),
        "title = \"Q\"\n[[questions]]\nkind = \"text\"\nprompt = \"1 + 1?\"\nanswers = [\"2\"]\nexplain = \"Two.\"\n",
    )
    .unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("1 modules, 1 lessons, 1 exercises, 5 tests, 1 quizzes with 1 questions, 3 runnable examples"),
        "{text}"
    );
    assert!(
        text.contains("m/intro.md:7: the runnable example throws ReferenceError: b is not defined (line 2 of the example)"),
        "{text}"
    );
    assert!(
        text.contains("m/intro.md:12: the example is marked `throws` but runs without an error"),
        "{text}"
    );
    assert!(
        !text.contains("intro.md:3:"),
        "the good example is not reported: {text}"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn grades_a_freecodecamp_challenge_file() {
    let dir = std::env::temp_dir().join(format!("puente-cli-fcc-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let challenge = dir.join("declare-total.md");
    fs::write(
        &challenge,
        "# --description--\n\nAdd up the prices.\n\n# --hints--\n\n`total` should be 7.\n\n```js\nassert.strictEqual(total, 7);\n```\n\nYou should use a `for...of` loop.\n\n```js\nassert.match(code, /for\\s*\\(const \\w+ of/);\n```\n\n# --seed--\n\n## --seed-contents--\n\n```js\nlet total = 0;\n```\n",
    )
    .unwrap();
    let seed = puente().arg("grade").arg(&challenge).output().unwrap();
    let text = String::from_utf8_lossy(&seed.stdout);
    assert_eq!(seed.status.code(), Some(1), "{text}");
    assert!(text.contains("FAIL  `total` should be 7."), "{text}");

    let mine = dir.join("mine.js");
    fs::write(
        &mine,
        "let total = 0;\nfor (const p of [3, 4]) { total += p; }\n",
    )
    .unwrap();
    let out = puente()
        .arg("grade")
        .arg(&challenge)
        .arg("--solution")
        .arg(&mine)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["status"], "pass");
    assert_eq!(
        json["tests"][1]["name"],
        "You should use a `for...of` loop."
    );
    fs::remove_dir_all(dir).unwrap();
}

/// An exercise can ship read-only helper files; `check` and `grade` give them to the grader as
/// the browser does.
#[test]
fn helper_files_of_an_exercise_are_importable() {
    let dir = temp_pack(
        "helpers",
        "import { seed } from './seed.js';\nexport function fib(n) { return n < 2 ? n * seed : fib(n - 1) + fib(n - 2); }\n",
    );
    let ex = dir.join("m/fib");
    fs::write(ex.join("seed.js"), "export const seed = 1;\n").unwrap();
    let toml = fs::read_to_string(ex.join("exercise.toml")).unwrap();
    fs::write(
        ex.join("exercise.toml"),
        format!("{toml}files = [\"seed.js\"]\n"),
    )
    .unwrap();
    let check = puente().arg("check").arg(&dir).output().unwrap();
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    let graded = puente()
        .arg("grade")
        .arg(&ex)
        .arg("--solution")
        .arg(ex.join("solution.js"))
        .output()
        .unwrap();
    assert_eq!(
        graded.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&graded.stdout)
    );
    fs::remove_dir_all(dir).unwrap();
}

/// An exercise folder whose tests call the learner's `f` in the test named "the hostile one",
/// between two tests that pass.
fn hostile_exercise(name: &str, solution: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("puente-cli-hostile-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("exercise.toml"),
        "title = \"Hostile\"\ndifficulty = 1\nminutes = 1\nhints = [\"a\"]\ntime_limit_ms = 3000\n",
    )
    .unwrap();
    fs::write(dir.join("instructions.md"), "Survive.\n").unwrap();
    fs::write(dir.join("solution.js"), "export const f = () => 1;\n").unwrap();
    fs::write(dir.join("starter.js"), solution).unwrap();
    fs::write(
        dir.join("tests.js"),
        "import { f } from './solution';\ntest('warm up', () => { expect(1).toBe(1); });\ntest('the hostile one', () => { f(); });\ntest('after', () => { expect(1).toBe(1); });\n",
    )
    .unwrap();
    dir
}

/// Grades the starter of `hostile_exercise` with `--json`; the Exercism status and message.
fn grade_hostile(name: &str, solution: &str) -> (String, String) {
    let dir = hostile_exercise(name, solution);
    let started = Instant::now();
    let out = puente()
        .arg("grade")
        .arg(&dir)
        .arg("--json")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
    assert!(started.elapsed() < Duration::from_secs(20), "{name}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{name}: no JSON report ({e}): {stderr}"));
    fs::remove_dir_all(dir).unwrap();
    let text = |key: &str| v[key].as_str().unwrap_or_default().to_string();
    (text("status"), text("message"))
}

/// Code that would take the grading process down (memory without bound, data nested deeper than
/// the engine's native recursion goes) gets an error report naming the test that did it, and
/// `grade` exits 1 like any failed grading.
#[test]
fn code_that_kills_the_grading_process_gets_a_report_naming_the_test() {
    for (what, solution, error) in [
        ("one huge string", "export const f = () => 'x'.repeat(2 ** 30).length;", "OutOfMemory: ran out of memory while running the test \"the hostile one\""),
        ("a string doubling forever", "export const f = () => { let s = 'x'; for (;;) s += s; };", "OutOfMemory: ran out of memory while running the test \"the hostile one\""),
        ("JSON.parse of 50 MB", "export const f = () => JSON.parse('[' + '\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\",'.repeat(1300000) + '1]').length;", "OutOfMemory: ran out of memory while running the test \"the hostile one\""),
        ("JSON.stringify 100k levels deep", "export const f = () => { let a = []; for (let i = 0; i < 100000; i++) a = [a]; return JSON.stringify(a).length; };", "StackOverflow: nested too deeply while running the test \"the hostile one\""),
        ("a huge string while loading", "const s = 'x'.repeat(2 ** 30);\nexport const f = () => s;", "OutOfMemory: ran out of memory while loading your code"),
    ] {
        let (status, message) = grade_hostile(what, solution);
        assert_eq!(status, "error", "{what}: {message}");
        assert!(message.starts_with(error), "{what}: {message}");
        assert!(message.contains("256 MB") || !error.starts_with("OutOfMemory"), "{what}: {message}");
    }
}

/// Code that only takes long (a runaway regular expression, a billion-element array filled one
/// slot at a time) is stopped at the time limit; code the engine stops itself fails its test.
#[test]
fn runaway_but_bounded_code_times_out_or_fails_its_test() {
    for (what, solution, status, message) in [
        ("catastrophic backtracking", "export const f = () => /^(a+)+$/.test('a'.repeat(30) + 'b');", "error", "Timeout: "),
        ("Array(1e9).fill(0)", "export const f = () => Array(1e9).fill(0).length;", "error", ""),
        ("JSON.parse 100k levels deep", "export const f = () => JSON.parse('['.repeat(100000));", "fail", ""),
        ("toEqual 100k levels deep", "export const f = () => { let a = [], b = []; for (let i = 0; i < 100000; i++) { a = [a]; b = [b]; } expect(a).toEqual(b); };", "fail", ""),
    ] {
        let (got, text) = grade_hostile(what, solution);
        assert_eq!(got, status, "{what}: {text}");
        assert!(text.starts_with(message), "{what}: {text}");
    }
}

/// A lesson example that allocates without end is reported by `check` like any other example
/// that throws, and the check goes on.
#[test]
fn check_reports_an_example_that_runs_out_of_memory() {
    let good = "export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n";
    let dir = temp_pack("example-oom", good);
    fs::write(
        dir.join("m/module.toml"),
        "title = \"M\"\nitems = [\"intro\", \"fib\"]\n",
    )
    .unwrap();
    fs::write(
        dir.join("m/intro.md"),
        "# Intro\n\n```js runnable\nlet s = 'x';\nfor (;;) s += s;\n```\n",
    )
    .unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("m/intro.md:3: the runnable example throws OutOfMemory: ran out of memory while running the example"),
        "{text}"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn check_runs_known_wrong_solutions_and_counts_kinds_and_hours() {
    let dir = temp_pack(
        "wrong",
        "export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n",
    );
    let ex = dir.join("m/fib");
    fs::create_dir_all(ex.join("wrong")).unwrap();
    // Caught: a test fails.
    fs::write(
        ex.join("wrong/off-by-one.js"),
        "// Starts the sequence at 1.\nexport function fib(n) { return n < 2 ? 1 : fib(n - 1) + fib(n - 2); }\n",
    )
    .unwrap();
    let toml = fs::read_to_string(ex.join("exercise.toml")).unwrap();
    fs::write(ex.join("exercise.toml"), format!("kind = \"fix\"\n{toml}")).unwrap();

    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("wrong solutions caught 1/1"), "{text}");
    assert!(
        text.contains(
            "exercises by kind: 0 write, 1 fix, 0 extend, 0 tests; estimated practice: 0.1 hours"
        ),
        "{text}"
    );

    // Not caught: a "wrong" solution that is in fact right must fail the check, by name.
    fs::write(
        ex.join("wrong/table.js"),
        "// A lookup table: passes the five tests it was written for.\nexport function fib(n) { return [0, 1, 1, 2, 3][n]; }\n",
    )
    .unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("wrong/table.js is a known-wrong solution but passes every test"),
        "{text}"
    );

    // An unknown kind is named with the allowed ones.
    fs::write(
        ex.join("exercise.toml"),
        format!("kind = \"debug\"\n{toml}"),
    )
    .unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("unknown kind \"debug\"; use one of write, fix, extend, tests"),
        "{text}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn check_runs_predict_questions_and_holds_their_answers_to_the_real_output() {
    let dir = temp_pack(
        "predict",
        "export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n",
    );
    fs::write(
        dir.join("m/module.toml"),
        "title = \"M\"\nitems = [\"fib\", \"order\"]\n",
    )
    .unwrap();
    let quiz = |answer: &str| {
        format!(
            r#"title = "Order"

[[questions]]
kind = "predict"
prompt = "What does this print?"
code = """
console.log("one");
setTimeout(() => console.log("three"), 0);
Promise.resolve().then(() => console.log("two"));
"""
answers = ["{answer}"]
explain = "Microtasks run before timers."
"#
        )
    };
    fs::write(dir.join("m/order.quiz.toml"), quiz("one two three")).unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");

    fs::write(dir.join("m/order.quiz.toml"), quiz("one three two")).unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("order.quiz.toml, question 1: the program prints \"one two three\""),
        "{text}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_test_writing_exercise_is_checked_by_what_its_tests_catch() {
    let dir = temp_pack("suite", "unused");
    let ex = dir.join("m/fib");
    fs::remove_file(ex.join("tests.js")).unwrap();
    // Three gradings in one run (the correct version and two broken ones) need more than 0.5 s.
    let toml = fs::read_to_string(ex.join("exercise.toml"))
        .unwrap()
        .replace("time_limit_ms = 500", "time_limit_ms = 5000");
    fs::write(
        ex.join("exercise.toml"),
        format!("kind = \"tests\"\n{toml}"),
    )
    .unwrap();
    fs::write(
        ex.join("implementation.js"),
        "export function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n",
    )
    .unwrap();
    fs::create_dir_all(ex.join("broken")).unwrap();
    fs::write(
        ex.join("broken/starts-at-one.js"),
        "// starts the sequence at 1\nexport function fib(n) { return n < 2 ? 1 : fib(n - 1) + fib(n - 2); }\n",
    )
    .unwrap();
    fs::write(
        ex.join("broken/adds-one.js"),
        "// adds one to every number after the first two\nexport function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) + 1; }\n",
    )
    .unwrap();
    let model: String = "import { fib } from './solution';\n".to_string()
        + &(0..5)
            .map(|i| {
                format!("test('fib {i}', () => expect(fib({i})).toBe([0, 1, 1, 2, 3][{i}]));\n")
            })
            .collect::<String>();
    fs::write(ex.join("solution.js"), &model).unwrap();
    // The starter checks only fib(1), which every version gets right.
    fs::write(
        ex.join("starter.js"),
        "import { fib } from './solution';\ntest('fib 1', () => expect(fib(1)).toBe(1));\n",
    )
    .unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("0 fix, 0 extend, 1 tests"), "{text}");
    // `grade` takes the model test file as the answer, graded as `check` grades it.
    let out = puente()
        .arg("grade")
        .arg(&ex)
        .args(["--reference", "--json"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["status"], "pass", "{text}");
    assert!(report["tests"][1]["name"]
        .as_str()
        .is_some_and(|n| n.starts_with("Your tests catch a version")));

    // A model test file that misses a broken version is reported.
    let weak = "import { fib } from './solution';\n".to_string()
        + &(0..5)
            .map(|i| format!("test('fib {i} small', () => expect(fib({i})).toBeLessThan(9));\n"))
            .collect::<String>();
    fs::write(ex.join("solution.js"), weak).unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains(
            "solution.js fails \"Your tests catch a version that starts the sequence at 1\""
        ),
        "{text}"
    );

    // A broken version without its comment is named with what to write.
    fs::write(ex.join("solution.js"), &model).unwrap();
    fs::write(
        ex.join("broken/adds-one.js"),
        "export function fib(n) { return 0; }\n",
    )
    .unwrap();
    let out = puente().arg("check").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("adds-one.js:1"), "{text}");
    assert!(text.contains("start the file with a comment"), "{text}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn grades_a_whole_track_in_parallel_with_json_lines() {
    let track = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exercism/exercises");
    let exercises = [
        track.join("practice/leap"),
        track.join("practice/two-fer"),
        track.join("concept/annalyns-infiltration"),
    ];
    // Each exercise's own reference solution passes; the lines come in the order given.
    let out = puente()
        .arg("grade")
        .args(&exercises)
        .args(["--reference", "--jsonl", "--jobs", "2"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{text}");
    for (line, dir) in lines.iter().zip(&exercises) {
        assert_eq!(line["exercise"], dir.display().to_string());
        assert_eq!(line["verdict"], "passed", "{line}");
        assert!(line["passed"].as_u64().unwrap() > 0);
    }
    let summary = String::from_utf8_lossy(&out.stderr);
    assert!(
        summary.contains("3 exercises in") && summary.contains("3 passed"),
        "{summary}"
    );

    // The stubs do not pass, and a folder that is no exercise is named, not fatal.
    let out = puente()
        .arg("grade")
        .args(&exercises[..2])
        .arg(track.join("practice"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("FAIL") && text.contains("leap"), "{text}");
    assert!(
        text.contains("ERR ") && text.contains("could not be graded"),
        "{text}"
    );
}

#[test]
fn a_timeout_names_the_limit_that_applied() {
    // Slow but never stopped by the loop cap: each frame loops under it.
    let dir = hostile_exercise(
        "timeout-flag",
        "function g() { let s = 0; for (let i = 0; i < 1000; i++) s += i; return s; }\nexport function f() { for (let k = 0; k < 1e7; k++) g(); }\n",
    );
    let out = puente()
        .arg("grade")
        .arg(&dir)
        .args(["--timeout", "500"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("0.5 s") && text.contains("limit set by --timeout"),
        "{text}"
    );
    let out = puente().arg("grade").arg(&dir).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("3.0 s") && text.contains("the exercise's time_limit_ms"),
        "{text}"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn one_grading_process_serves_many_runs_and_nothing_carries_over() {
    // With one job, every exercise goes through the same pooled grading process: a run that
    // times out, one that overflows the stack and one that rewrites built-ins must leave the
    // next exercise's verdict as if it ran alone.
    let endless = hostile_exercise("pool-endless", "export function f() { for (;;) {} }\n");
    let deep = hostile_exercise(
        "pool-deep",
        "export function f() { let a = []; for (let i = 0; i < 1e6; i++) a = [a]; return JSON.stringify(a); }\n",
    );
    let polluter = hostile_exercise(
        "pool-polluter",
        "Array.prototype.map = () => 'hijacked';\nglobalThis.leftover = 42;\nexport function f() { return 1; }\n",
    );
    let clean = hostile_exercise(
        "pool-clean",
        "export function f() { if ([1].map((x) => x + 1)[0] !== 2 || typeof leftover !== 'undefined') throw new Error('state leaked'); }\n",
    );
    let exercises = [&endless, &clean, &deep, &clean, &polluter, &clean];
    let out = puente()
        .arg("grade")
        .args(exercises)
        .args(["--jsonl", "--jobs", "1"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let verdicts: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["verdict"].to_string())
        .collect();
    assert_eq!(verdicts.len(), 6, "{text}");
    assert_ne!(verdicts[0], "\"passed\"", "{text}");
    assert_ne!(verdicts[2], "\"passed\"", "{text}");
    assert_eq!(verdicts[4], "\"passed\"", "{text}");
    for i in [1, 3, 5] {
        assert_eq!(verdicts[i], "\"passed\"", "exercise {i}: {text}");
    }
}
