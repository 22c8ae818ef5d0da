//! `puente import`: other courses' exercises as packs that pass `puente check`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn puente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_puente"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("puente-import-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

fn import(from: &str, input: &Path, out: &Path) -> (Output, String) {
    let output = puente()
        .args(["import", from])
        .arg(input)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output, text)
}

fn check(pack: &Path) -> (Output, String) {
    let output = puente().arg("check").arg(pack).output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    (output, text)
}

/// Copies a folder, to break a fixture on purpose without touching it.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn an_exercism_track_becomes_a_pack_that_checks_clean() {
    let out = temp("exercism");
    let (o, text) = import("exercism", &fixture("exercism/exercises"), &out);
    assert!(o.status.success(), "{text}");
    assert!(
        text.contains("3 exercises in 2 modules; 0 not converted"),
        "{text}"
    );

    let pack = fs::read_to_string(out.join("pack.toml")).unwrap();
    assert!(
        pack.contains("[source]") && pack.contains("license = \"MIT\""),
        "{pack}"
    );
    assert!(fs::read_to_string(out.join("LICENSE.md"))
        .unwrap()
        .contains("Exercism"));
    // The concept exercise sits in its concept's module, after a lesson that introduces it.
    let module = fs::read_to_string(out.join("booleans/module.toml")).unwrap();
    assert!(
        module.contains("\"booleans\",\n  \"annalyns-infiltration\""),
        "{module}"
    );
    let lesson = fs::read_to_string(out.join("booleans/booleans.md")).unwrap();
    assert!(
        lesson.starts_with("+++\nintroduces = [\"Booleans\"]\n+++\n# Booleans\n"),
        "{lesson}"
    );
    let ex = out.join("booleans/annalyns-infiltration");
    let toml = fs::read_to_string(ex.join("exercise.toml")).unwrap();
    assert!(
        toml.contains("import_as = \"./annalyns-infiltration\""),
        "{toml}"
    );
    assert!(
        toml.contains("**1. Check if the 'Fast Attack' action is possible:**"),
        "{toml}"
    );
    let spec =
        fixture("exercism/exercises/concept/annalyns-infiltration/annalyns-infiltration.spec.js");
    assert_eq!(
        fs::read_to_string(ex.join("tests.js")).unwrap(),
        fs::read_to_string(spec).unwrap()
    );
    let instructions = fs::read_to_string(ex.join("instructions.md")).unwrap();
    assert!(instructions.contains("Exercism JavaScript track") && instructions.contains("MIT"));
    // Practice exercises go by difficulty; they have no hints, which an imported pack allows.
    assert!(out.join("practice-1/two-fer/starter.js").is_file());

    let (o, report) = check(&out);
    assert!(o.status.success(), "{report}");
    assert!(report.contains("3 exercises checked"), "{report}");
    // One imported exercise grades on its own too, its spec still importing './two-fer'.
    let two_fer = out.join("practice-1/two-fer");
    let graded = puente()
        .arg("grade")
        .arg(&two_fer)
        .arg("--solution")
        .arg(two_fer.join("solution.js"))
        .output()
        .unwrap();
    assert!(
        graded.status.success(),
        "{}",
        String::from_utf8_lossy(&graded.stdout)
    );
    // A hand-made pack is still held to hints: the same exercise without [source] is refused.
    let pack = pack.split("[source]").next().unwrap().to_string();
    fs::write(out.join("pack.toml"), pack).unwrap();
    fs::remove_file(out.join("LICENSE.md")).unwrap();
    let (o, report) = check(&out);
    assert!(!o.status.success());
    assert!(
        report.contains("two-fer/exercise.toml") && report.contains("add at least one hint"),
        "{report}"
    );
    fs::remove_dir_all(&out).unwrap();
}

#[test]
fn exercism_bad_input_is_explained() {
    let out = temp("exercism-bad");
    // Not a track.
    let (o, text) = import("exercism", &fixture("exercism/concepts"), &out);
    assert_eq!(o.status.code(), Some(2), "{text}");
    assert!(text.contains("is not an Exercism track"), "{text}");
    assert!(!out.exists());

    // A stub missing: that exercise is reported, the others convert.
    let track = temp("exercism-track");
    copy_dir(&fixture("exercism"), &track);
    fs::remove_file(track.join("exercises/practice/leap/leap.js")).unwrap();
    let (o, text) = import("exercism", &track.join("exercises"), &out);
    assert!(o.status.success(), "{text}");
    assert!(
        text.contains("not converted: practice/leap: missing its stub leap.js"),
        "{text}"
    );
    assert!(
        text.contains("2 exercises in 2 modules; 1 not converted"),
        "{text}"
    );
    // The output folder now exists and is not empty: nothing is overwritten.
    let (o, text) = import("exercism", &track.join("exercises"), &out);
    assert_eq!(o.status.code(), Some(2));
    assert!(text.contains("exists and is not empty"), "{text}");
    fs::remove_dir_all(&out).unwrap();

    // A malformed track config.json is named.
    fs::write(track.join("config.json"), "{ \"exercises\": [").unwrap();
    let (o, text) = import("exercism", &track.join("exercises"), &out);
    assert_eq!(o.status.code(), Some(2), "{text}");
    assert!(text.contains("config.json is not valid JSON"), "{text}");
    fs::remove_dir_all(&track).unwrap();
}

#[test]
fn freecodecamp_markdown_challenges_become_an_assert_style_pack() {
    let input = temp("fcc-md-input");
    copy_dir(&fixture("fcc/markdown"), &input);
    fs::write(
        input.join("LICENSE.md"),
        "BSD 3-Clause License\n\nCopyright...\n",
    )
    .unwrap();
    let out = temp("fcc-md");
    let (o, text) = import("fcc", &input, &out);
    assert!(o.status.success(), "{text}");
    assert!(
        text.contains("3 exercises in 1 modules; 0 not converted"),
        "{text}"
    );
    let pack = fs::read_to_string(out.join("pack.toml")).unwrap();
    assert!(
        pack.contains("license = \"BSD 3-Clause License\"")
            && pack.contains("license_file = \"LICENSE.md\""),
        "{pack}"
    );

    let ex = out.join("arrays/sum-an-array");
    let toml = fs::read_to_string(ex.join("exercise.toml")).unwrap();
    assert!(toml.contains("[[checks]]\ntext = \"`sumAll([1, 2, 3])` should return `6`.\"\ncode = \"assert.strictEqual(sumAll([1, 2, 3]), 6);\""), "{toml}");
    assert!(!ex.join("tests.js").exists());
    let instructions = fs::read_to_string(ex.join("instructions.md")).unwrap();
    assert!(
        instructions.starts_with("Write a function `sumAll`"),
        "{instructions}"
    );
    assert!(
        instructions.contains("Return `0` for an empty array.")
            && instructions.contains("freeCodeCamp")
    );
    assert!(fs::read_to_string(ex.join("starter.js"))
        .unwrap()
        .contains("return numbers;"));
    assert!(fs::read_to_string(ex.join("solution.js"))
        .unwrap()
        .contains("reduce"));

    // The checks grade: the solution passes, the starter fails (a seed with blanks that do not
    // parse counts as failing in an imported pack).
    let (o, report) = check(&out);
    assert!(o.status.success(), "{report}");
    assert!(
        report.contains("arrays/sum-an-array")
            && report.contains("solution 3/3 passed, starter fails 3/3"),
        "{report}"
    );
    let graded = puente().arg("grade").arg(&ex).output().unwrap();
    assert_eq!(graded.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&graded.stdout)
        .contains("FAIL  `sumAll([1, 2, 3])` should return `6`."));

    // Code freeCodeCamp runs before and after the learner's goes in before.js and after.js,
    // out of the learner's sight; the checks use what they define.
    let logs = out.join("arrays/log-each-price");
    assert!(fs::read_to_string(logs.join("before.js"))
        .unwrap()
        .contains("var logOutput = [];"));
    assert!(fs::read_to_string(logs.join("after.js"))
        .unwrap()
        .contains("console.log = realLog;"));
    assert!(!fs::read_to_string(logs.join("starter.js"))
        .unwrap()
        .contains("logOutput"));
    assert!(
        report.contains("arrays/log-each-price")
            && report.contains("solution 2/2 passed, starter fails 2/2"),
        "{report}"
    );

    // An exercise has tests.js or checks, not both.
    fs::write(ex.join("tests.js"), "test('x', () => {});\n").unwrap();
    let (o, report) = check(&out);
    assert!(!o.status.success());
    assert!(
        report.contains("both [[checks]] in exercise.toml and tests.js"),
        "{report}"
    );
    fs::remove_dir_all(&out).unwrap();
    fs::remove_dir_all(&input).unwrap();
}

#[test]
fn freecodecamp_older_english_md_challenges_convert_with_setup_and_helpers() {
    let out = temp("fcc-english");
    let (o, text) = import("fcc", &fixture("fcc/english"), &out);
    assert!(o.status.success(), "{text}");
    assert!(
        text.contains("1 exercises in 1 modules; 0 not converted"),
        "{text}"
    );
    let ex = out.join("loops/count-down");
    let toml = fs::read_to_string(ex.join("exercise.toml")).unwrap();
    assert!(
        toml.contains("text = \"`countdown` should be `[3, 2, 1]`.\""),
        "{toml}"
    );
    let instructions = fs::read_to_string(ex.join("instructions.md")).unwrap();
    assert!(
        instructions
            .starts_with("A `while` loop repeats while its condition is true.\n\nEach pass"),
        "{instructions}"
    );
    assert_eq!(
        fs::read_to_string(ex.join("before.js")).unwrap(),
        "const start = 3;\n"
    );
    // The starter's only loop is in a comment, which the helper strips: it fails all three
    // checks, and the solution passes them, `getUserInput` hint included.
    let (o, report) = check(&out);
    assert!(o.status.success(), "{report}");
    assert!(
        report.contains("solution 3/3 passed, starter fails 3/3"),
        "{report}"
    );
    fs::remove_dir_all(&out).unwrap();
}

#[test]
fn freecodecamp_json_bundles_convert_what_is_javascript() {
    let out = temp("fcc-json");
    let (o, text) = import("fcc", &fixture("fcc/bundle"), &out);
    assert!(o.status.success(), "{text}");
    assert!(text.contains("not converted: basic-steps/style-a-heading: challengeType 0 is not a JavaScript challenge"), "{text}");
    assert!(
        text.contains("not converted: basic-steps/greet: it has no solution"),
        "{text}"
    );
    assert!(
        text.contains("note: no LICENSE.md or LICENSE found"),
        "{text}"
    );
    let instructions =
        fs::read_to_string(out.join("basic-steps/double-a-number/instructions.md")).unwrap();
    assert!(instructions.starts_with("Write a function `double` that returns twice its argument.\n\nSee [MDN](https://developer.mozilla.org/) for **arithmetic**."), "{instructions}");
    let toml = fs::read_to_string(out.join("basic-steps/double-a-number/exercise.toml")).unwrap();
    assert!(
        toml.contains("text = \"`double(2)` should return `4`.\""),
        "{toml}"
    );
    // `tail` runs after the learner's code; the check that uses what it defines passes.
    assert_eq!(
        fs::read_to_string(out.join("basic-steps/double-a-number/after.js")).unwrap(),
        "var twice = double(5);\n"
    );
    let (o, report) = check(&out);
    assert!(o.status.success(), "{report}");
    assert!(
        report.contains("solution 2/2 passed, starter fails 2/2"),
        "{report}"
    );
    fs::remove_dir_all(&out).unwrap();
}

#[test]
fn freecodecamp_bad_input_is_explained() {
    let out = temp("fcc-bad");
    let (o, text) = import("fcc", &fixture("exercism/concepts"), &out);
    assert_eq!(o.status.code(), Some(2), "{text}");
    assert!(text.contains("holds no freeCodeCamp challenges"), "{text}");

    let input = temp("fcc-bad-input");
    fs::create_dir_all(&input).unwrap();
    fs::write(input.join("broken.json"), "{ \"challenges\": [").unwrap();
    let (o, text) = import("fcc", &input, &out);
    assert_eq!(o.status.code(), Some(2), "{text}");
    assert!(text.contains("broken.json is not valid JSON"), "{text}");
    assert!(!out.exists());
    fs::remove_dir_all(&input).unwrap();
}

#[test]
fn a_time_limit_raises_every_imported_exercise_and_keeps_the_toml_valid() {
    for (from, input) in [
        ("exercism", fixture("exercism/exercises")),
        ("fcc", fixture("fcc/markdown")),
    ] {
        let out = temp(&format!("limit-{from}"));
        let o = puente()
            .args(["import", from])
            .arg(&input)
            .arg("--out")
            .arg(&out)
            .args(["--time-limit", "15000"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let tomls: Vec<PathBuf> = walk(&out)
            .into_iter()
            .filter(|p| p.ends_with("exercise.toml"))
            .collect();
        assert!(!tomls.is_empty());
        for toml in tomls {
            let text = fs::read_to_string(&toml).unwrap();
            assert!(text.contains("time_limit_ms = 15000\n"), "{text}");
        }
        // The pack still loads: the limit did not land inside a [[checks]] table.
        let check = puente().arg("check").arg(&out).output().unwrap();
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stdout)
        );
        let _ = fs::remove_dir_all(&out);
    }
    let o = puente()
        .args(["import", "exercism"])
        .arg(fixture("exercism/exercises"))
        .arg("--out")
        .arg(temp("limit-bad"))
        .args(["--time-limit", "5"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--time-limit 5 is out of range"));
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
