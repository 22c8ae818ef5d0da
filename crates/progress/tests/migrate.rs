//! Every schema this project ever saved still loads, from a fixture written the way that
//! version wrote it.

use progress::{decode, encode, SCHEMA};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Schema 1 as first written: exercises, lessons read as a list, the last item visited.
#[test]
fn schema_1_before_quizzes_loads_completely() {
    let d = decode(&fixture("v1-first.json"));
    assert_eq!(d.schema, 1);
    assert!(d.is_complete(), "{:?}", d.problems);
    let p = &d.progress;
    assert!(p.is_passed("welcome/say-hello"));
    assert_eq!(p.exercise("welcome/say-hello").hints_shown, 1);
    assert!(p
        .exercise("welcome/add-two-numbers")
        .code
        .unwrap()
        .contains("a - b"));
    assert!(p.is_read("welcome/how-this-course-works"));
    assert_eq!(p.last_visited.as_deref(), Some("welcome/add-two-numbers"));
}

/// Schema 1 after quizzes were added: each quiz a list of questions answered right.
#[test]
fn schema_1_with_quizzes_loads_completely() {
    let d = decode(&fixture("v1-quizzes.json"));
    assert!(d.is_complete(), "{:?}", d.problems);
    let p = &d.progress;
    assert!(p.is_quiz_passed("welcome/check-in", 3));
    assert!(p.exercise("welcome/say-hello").solution_shown);
    assert_eq!(p.lessons.len(), 2);
}

/// A migrated record is written in the current schema and reads back unchanged.
#[test]
fn a_migrated_record_saves_in_the_current_schema() {
    for name in ["v1-first.json", "v1-quizzes.json"] {
        let mut p = decode(&fixture(name)).progress;
        p.pack_id = "fundamentals".into();
        let again = decode(&encode(&p, None));
        assert_eq!(again.schema, SCHEMA);
        assert!(again.is_complete());
        assert_eq!(again.progress, p, "{name}");
    }
}

/// The current schema's own fixture, as the export documentation shows it.
#[test]
fn schema_2_fixture_loads_completely() {
    let d = decode(&fixture("v2-export.json"));
    assert_eq!(d.schema, 2);
    assert!(d.is_complete(), "{:?}", d.problems);
    let e = d.progress.exercise("welcome/add-two-numbers");
    let run = e.last_run.unwrap();
    assert_eq!(run.failing_tests, ["adds two positive numbers"]);
    assert_eq!(d.progress.display_name.as_deref(), Some("Ana López"));
}
