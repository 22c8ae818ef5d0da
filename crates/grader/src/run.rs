//! A grading run: load the learner's module and the tests, then run each test and collect results.

use boa_engine::object::builtins::JsPromise;
use boa_engine::JsValue;
use serde::{Deserialize, Serialize};

use crate::errors::{clarify, describe, refine_location};
use crate::explain::Explain;
use crate::limits::Limits;
use crate::report::{
    CodeError, ConsoleLine, Failure, FailureKind, GradeReport, TestResult, TestStatus, Verdict,
};
use crate::sandbox::{Sandbox, Settled};

/// What to grade: the learner's code (imported by the tests as `./solution`) and the test file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeRequest {
    pub solution: String,
    pub tests: String,
    #[serde(default)]
    pub limits: Limits,
    /// Another name the tests import the learner's code by (Exercism's `./two-fer`), besides
    /// `./solution`.
    #[serde(default)]
    pub solution_name: Option<String>,
}

/// Grades `request` in a fresh sandbox. Never panics on learner input: every failure of the
/// learner's code becomes part of the report.
pub fn grade(request: &GradeRequest) -> GradeReport {
    explained(grade_raw(request), &request.solution)
}

/// Locates and explains every error of `report` against the learner's `source`.
pub(crate) fn explained(mut report: GradeReport, source: &str) -> GradeReport {
    let errors = report.error.iter_mut().chain(
        report
            .tests
            .iter_mut()
            .filter_map(|t| t.failure.as_mut())
            .filter_map(|f| f.error.as_mut()),
    );
    for error in errors {
        clarify(error);
        refine_location(error, source);
        error.explain = Explain::for_error(error);
    }
    for failure in report.tests.iter_mut().filter_map(|t| t.failure.as_mut()) {
        failure.explain = match &failure.error {
            Some(error) => error.explain,
            None if failure.received.as_deref() == Some("undefined")
                && failure
                    .expected
                    .as_deref()
                    .is_some_and(|e| !e.contains("undefined")) =>
            {
                Some(Explain::MissingReturn)
            }
            None => None,
        };
    }
    report
}

fn grade_raw(request: &GradeRequest) -> GradeReport {
    let mut sandbox = match Sandbox::new(&request.limits) {
        Ok(s) => s,
        Err(e) => return internal(format!("the grading sandbox could not start: {e}")),
    };
    let solution = match sandbox.parse_module(&request.solution, "solution.js") {
        Ok(m) => m,
        Err(e) => {
            let error = describe(&e, &mut sandbox.context);
            return GradeReport::error(error, Vec::new());
        }
    };
    let tests = match sandbox.parse_module(&request.tests, "tests.js") {
        Ok(m) => m,
        Err(e) => {
            let mut error = describe(&e, &mut sandbox.context);
            error.message = format!("the exercise's test file cannot be read: {}", error.message);
            return GradeReport::error(error, Vec::new());
        }
    };
    if let Some(name) = &request.solution_name {
        sandbox.register(crate::loader::canonical(name), solution.clone());
    }
    sandbox.register("solution", solution);

    let loading = tests.load_link_evaluate(&mut sandbox.context);
    let settled = sandbox.settle(&loading, request.limits.timer_firings);
    let console = take_output(&mut sandbox);
    match settled {
        Settled::Value(_) => {}
        Settled::Rejected(reason) => return GradeReport::error(describe_value(&mut sandbox, reason), console),
        Settled::Aborted(e) => return GradeReport::error(describe(&e, &mut sandbox.context), console),
        Settled::Pending => {
            return GradeReport::error(
                CodeError::new("Error", "the code never finished loading: a top-level `await` is waiting for something that never happens"),
                console,
            )
        }
    }

    run_tests(&mut sandbox, &request.limits, console)
}

/// Runs every registered test in order and builds the report.
pub(crate) fn run_tests(
    sandbox: &mut Sandbox,
    limits: &Limits,
    console: Vec<ConsoleLine>,
) -> GradeReport {
    let mut results: Vec<TestResult> = sandbox
        .call_json("suiteErrors", &[])
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    let count = sandbox
        .call("testCount", &[])
        .ok()
        .and_then(|v| v.as_number())
        .unwrap_or(0.0) as u32;
    for index in 0..count {
        results.push(run_one(sandbox, index, limits));
    }

    let verdict = if results.is_empty() {
        return internal("the test file defines no tests".into());
    } else if results.iter().all(|t| t.status != TestStatus::Failed) {
        Verdict::Passed
    } else {
        Verdict::Failed
    };
    GradeReport {
        verdict,
        tests: results,
        error: None,
        console,
    }
}

fn run_one(sandbox: &mut Sandbox, index: u32, limits: &Limits) -> TestResult {
    let outcome = sandbox
        .call("runTest", &[JsValue::from(index)])
        .and_then(|v| {
            let obj = v.as_object().expect("runTest returns a promise");
            JsPromise::from_object(obj)
        });
    let settled = match outcome {
        Ok(promise) => sandbox.settle(&promise, limits.timer_firings),
        Err(e) => Settled::Aborted(e),
    };
    match settled {
        Settled::Value(v) => {
            let json = v
                .as_string()
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default();
            serde_json::from_str(&json)
                .unwrap_or_else(|e| broken(index, format!("unreadable result: {e}")))
        }
        Settled::Rejected(reason) => {
            let error = describe_value(sandbox, reason);
            broken(index, format!("{}: {}", error.name, error.message))
        }
        Settled::Aborted(e) => {
            let error = describe(&e, &mut sandbox.context);
            limit_failure(sandbox, index, error)
        }
        Settled::Pending => limit_failure(
            sandbox,
            index,
            CodeError::new(
                "Timeout",
                "this test never finished: it waits for a promise that never settles",
            ),
        ),
    }
}

fn limit_failure(sandbox: &mut Sandbox, index: u32, error: CodeError) -> TestResult {
    let console = take_output(sandbox);
    TestResult {
        name: test_name(sandbox, index),
        status: TestStatus::Failed,
        failure: Some(Failure {
            kind: FailureKind::Limit,
            message: format!("{}: {}", error.name, error.message),
            expected: None,
            received: None,
            error: Some(error),
            explain: None,
            diff: None,
        }),
        console,
        test_code: None,
        task_id: None,
    }
}

fn broken(index: u32, message: String) -> TestResult {
    TestResult {
        name: format!("test #{}", index + 1),
        status: TestStatus::Failed,
        failure: Some(Failure {
            kind: FailureKind::Error,
            message,
            expected: None,
            received: None,
            error: None,
            explain: None,
            diff: None,
        }),
        console: Vec::new(),
        test_code: None,
        task_id: None,
    }
}

fn test_name(sandbox: &mut Sandbox, index: u32) -> String {
    sandbox
        .call("testName", &[JsValue::from(index)])
        .ok()
        .and_then(|v| v.as_string())
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_else(|| format!("test #{}", index + 1))
}

pub(crate) fn take_output(sandbox: &mut Sandbox) -> Vec<ConsoleLine> {
    sandbox
        .call_json("takeOutput", &[])
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

pub(crate) fn describe_value(sandbox: &mut Sandbox, value: JsValue) -> CodeError {
    sandbox
        .call_json("describeError", &[value])
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_else(|| CodeError::new("Error", "an error that could not be read"))
}

pub(crate) fn internal(message: String) -> GradeReport {
    GradeReport::error(CodeError::new("GraderError", message), Vec::new())
}
