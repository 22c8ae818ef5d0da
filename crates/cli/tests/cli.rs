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
