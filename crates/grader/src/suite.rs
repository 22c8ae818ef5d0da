//! Exercises where the learner writes the tests. Their test file is graded by what it can tell
//! apart: every test must pass against a correct implementation of the function, and each broken
//! implementation must make at least one test fail. A suite that passes everything, or that
//! fails a correct version, does not earn the exercise.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::limits::Limits;
use crate::report::{Failure, FailureKind, GradeReport, TestResult, TestStatus, Verdict};
use crate::run::{explained, grade_raw, GradeRequest, NO_TESTS};

/// A request to grade a learner's test file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuiteRequest {
    /// The learner's tests, in Jest style, importing the code under test from `./solution`.
    pub tests: String,
    /// A correct implementation.
    pub implementation: String,
    /// Implementations with one mistake each, which the tests must catch.
    pub broken: Vec<Broken>,
    #[serde(default)]
    pub limits: Limits,
    /// Read-only helper files, as in [`GradeRequest::files`].
    #[serde(default)]
    pub files: BTreeMap<String, String>,
}

/// A broken implementation and what is wrong with it, in words that finish "a version that…".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Broken {
    pub mistake: String,
    pub code: String,
}

/// Grades the learner's test file: one result for "passes a correct version", then one per
/// broken version, named by its mistake.
pub fn grade_suite(request: &SuiteRequest) -> GradeReport {
    let against = |code: &str| {
        grade_raw(&GradeRequest {
            page: None,
            solution: code.to_string(),
            tests: request.tests.clone(),
            limits: request.limits,
            solution_name: None,
            files: request.files.clone(),
        })
    };
    // Errors here are in the learner's file (a typo, a bad import), so they are located there.
    let correct = explained(against(&request.implementation), &request.tests);
    let no_tests = correct
        .error
        .as_ref()
        .is_some_and(|e| e.message == NO_TESTS);
    if matches!(correct.verdict, Verdict::Error | Verdict::TimedOut) && !no_tests {
        return correct;
    }
    let mut tests = Vec::new();
    let failing: Vec<&TestResult> = correct
        .tests
        .iter()
        .filter(|t| t.status == TestStatus::Failed)
        .collect();
    tests.push(result(
        "Your tests pass against a correct version",
        if no_tests {
            Some("your file has no tests yet; write at least one `test(...)`".to_string())
        } else {
            failing.first().map(|t| {
                let why = t
                    .failure
                    .as_ref()
                    .map(|f| format!(": {}", f.message))
                    .unwrap_or_default();
                format!(
                    "{} of your tests fail against a correct version, so they expect something the function should not do; first: \"{}\"{why}",
                    failing.len(),
                    t.name
                )
            })
        },
    ));
    for broken in &request.broken {
        let report = against(&broken.code);
        let caught = report.verdict != Verdict::Passed;
        tests.push(result(
            &format!("Your tests catch a version that {}", broken.mistake),
            (!caught || no_tests).then(|| {
                "every one of your tests passes against this broken version; add a test that it would fail".to_string()
            }),
        ));
    }
    let verdict = if tests.iter().all(|t| t.status == TestStatus::Passed) {
        Verdict::Passed
    } else {
        Verdict::Failed
    };
    GradeReport {
        verdict,
        tests,
        error: None,
        console: correct.console,
    }
}

fn result(name: &str, problem: Option<String>) -> TestResult {
    TestResult {
        name: name.to_string(),
        status: if problem.is_some() {
            TestStatus::Failed
        } else {
            TestStatus::Passed
        },
        failure: problem.map(|message| Failure::plain(FailureKind::Assertion, message)),
        console: Vec::new(),
        test_code: None,
        task_id: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RIGHT: &str = "export function max(xs) { return xs.length ? Math.max(...xs) : null; }";
    const EMPTY_IS_ZERO: &str =
        "export function max(xs) { return xs.length ? Math.max(...xs) : 0; }";
    const FIRST: &str = "export function max(xs) { return xs.length ? xs[0] : null; }";

    fn request(tests: &str) -> SuiteRequest {
        SuiteRequest {
            tests: tests.to_string(),
            implementation: RIGHT.into(),
            broken: vec![
                Broken {
                    mistake: "returns 0 for an empty list".into(),
                    code: EMPTY_IS_ZERO.into(),
                },
                Broken {
                    mistake: "returns the first number".into(),
                    code: FIRST.into(),
                },
            ],
            limits: Limits::default(),
            files: BTreeMap::new(),
        }
    }

    const IMPORT: &str = "import { max } from './solution';\n";

    #[test]
    fn a_suite_that_catches_every_broken_version_passes() {
        let tests = format!("{IMPORT}test('empty', () => expect(max([])).toBe(null));\ntest('last is biggest', () => expect(max([1, 5])).toBe(5));\n");
        let report = grade_suite(&request(&tests));
        assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
        assert_eq!(report.tests.len(), 3);
    }

    #[test]
    fn a_missed_broken_version_is_named() {
        let tests = format!("{IMPORT}test('empty', () => expect(max([])).toBe(null));\n");
        let report = grade_suite(&request(&tests));
        assert_eq!(report.verdict, Verdict::Failed);
        let missed: Vec<&str> = report
            .tests
            .iter()
            .filter(|t| t.status == TestStatus::Failed)
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(
            missed,
            ["Your tests catch a version that returns the first number"]
        );
    }

    #[test]
    fn a_test_that_fails_a_correct_version_fails_the_suite() {
        let tests = format!("{IMPORT}test('empty', () => expect(max([])).toBe(0));\ntest('first', () => expect(max([1, 5])).toBe(1));\n");
        let report = grade_suite(&request(&tests));
        assert_eq!(report.verdict, Verdict::Failed);
        let first = &report.tests[0];
        assert_eq!(first.status, TestStatus::Failed);
        assert!(
            first
                .failure
                .as_ref()
                .unwrap()
                .message
                .contains("2 of your tests fail against a correct version"),
            "{first:#?}"
        );
    }

    #[test]
    fn no_tests_earn_nothing_and_a_syntax_error_is_located_in_the_learners_file() {
        let report = grade_suite(&request(IMPORT));
        assert_eq!(report.verdict, Verdict::Failed);
        assert!(report.tests.iter().all(|t| t.status == TestStatus::Failed));
        let report = grade_suite(&request(&format!(
            "{IMPORT}\ntest('x', () => {{ expect(max([1])).toBe(1) }}"
        )));
        assert_eq!(report.verdict, Verdict::Error);
        let error = report.error.unwrap();
        assert!(error.line.is_some(), "{error:#?}");
    }
}
