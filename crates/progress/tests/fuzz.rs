//! Saved progress comes from storage that older builds, other tabs and hand edits have touched:
//! no input may make the decoder panic, every problem says where it is, and a record that
//! decodes completely writes back to the same progress.

use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use serde_json::{json, Value};

use progress::{decode, encode, import};

/// JSON values of any shape, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-z_/]{0,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A record with the right outline whose parts are anything at all.
fn record_shaped() -> impl Strategy<Value = Value> {
    let field = prop_oneof![
        Just("code"),
        Just("passed"),
        Just("attempts"),
        Just("hints_shown"),
        Just("solution_shown"),
        Just("last_run"),
        Just("updated_at"),
    ];
    let exercise = prop::collection::btree_map(field, any_json(), 0..7)
        .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
    (
        prop_oneof![Just(json!(1)), Just(json!(2)), any_json()],
        prop::collection::btree_map("[a-z]{1,4}/[a-z]{1,4}", exercise, 0..5),
        any_json(),
        any_json(),
    )
        .prop_map(|(schema, exercises, lessons, quizzes)| {
            json!({
                "format": "puente-progress",
                "schema": schema,
                "pack": {"id": "p", "version": "1"},
                "exercises": exercises,
                "lessons": lessons,
                "quizzes": quizzes,
                "lessons_read": lessons,
            })
        })
}

fn check(text: &str) {
    let d = decode(text);
    for p in &d.problems {
        assert!(!p.reason.is_empty(), "a problem without a reason: {p:?}");
    }
    if d.problems.iter().all(|p| !p.place.is_empty()) && d.is_complete() {
        let again = decode(&encode(&d.progress, None));
        assert!(again.is_complete());
        assert_eq!(again.progress, d.progress);
    }
    let _ = import(text, "p");
}

/// Runs `test` on values from `strategy` and prints how many cases ran, in the line
/// `cargo xtask fuzz` reads. The count comes from `PROPTEST_CASES` (256 when unset).
fn run<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::new(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let ran = std::cell::Cell::new(0u64);
    let started = std::time::Instant::now();
    let result = runner.run(&strategy, |value| {
        ran.set(ran.get() + 1);
        test(value)
    });
    println!(
        "{name}: {} cases in {:.2} s",
        ran.get(),
        started.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

#[test]
fn fuzz_decode_never_panics_on_text() {
    run("fuzz_decode_never_panics_on_text", ".{0,200}", |text| {
        check(&text);
        Ok(())
    });
}

#[test]
fn fuzz_decode_never_panics_on_json() {
    run("fuzz_decode_never_panics_on_json", any_json(), |value| {
        check(&value.to_string());
        Ok(())
    });
}

#[test]
fn fuzz_decode_reads_every_record_shape() {
    run(
        "fuzz_decode_reads_every_record_shape",
        record_shaped(),
        |value| {
            let text = value.to_string();
            check(&text);
            // Every exercise whose entry is an object with readable code keeps that code.
            let d = decode(&text);
            if let Some(Value::Object(exercises)) = value.get("exercises") {
                for (id, entry) in exercises {
                    if let Some(Value::String(code)) = entry.get("code") {
                        let got = d.progress.exercise(id).code;
                        prop_assert_eq!(got.as_deref(), Some(code.as_str()));
                    }
                }
            }
            Ok(())
        },
    );
}

#[test]
fn fuzz_decode_survives_truncation() {
    let full = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/v2-export.json"
    ))
    .unwrap();
    run("fuzz_decode_survives_truncation", 0usize..600, |cut| {
        let end = (0..=cut.min(full.len()))
            .rev()
            .find(|&i| full.is_char_boundary(i))
            .unwrap_or(0);
        check(&full[..end]);
        Ok(())
    });
}
