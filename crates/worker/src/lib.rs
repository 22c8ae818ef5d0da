//! The grader as a Web Worker entry point. `www/worker.js` loads this module and calls [`grade`]
//! (an exercise) or [`run`] (a lesson example) for every message; the page never runs learner
//! code on its main thread.

use wasm_bindgen::prelude::*;

/// Grades a JSON-encoded [`grader::GradeRequest`] and returns the JSON-encoded report.
#[wasm_bindgen]
pub fn grade(request_json: &str) -> String {
    let report = match serde_json::from_str::<grader::GradeRequest>(request_json) {
        Ok(request) => grader::grade(&request),
        Err(e) => grader::GradeReport::error(
            grader::CodeError::new(
                "GraderError",
                format!("the page sent an unreadable grading request: {e}"),
            ),
            Vec::new(),
        ),
    };
    serde_json::to_string(&report).unwrap_or_else(|e| format!("{{\"verdict\":\"error\",\"tests\":[],\"console\":[],\"error\":{{\"name\":\"GraderError\",\"message\":\"{e}\",\"line\":null,\"column\":null}}}}"))
}

/// Runs a JSON-encoded [`grader::RunRequest`] (a lesson's example) and returns the JSON-encoded
/// [`grader::RunReport`].
#[wasm_bindgen]
pub fn run(request_json: &str) -> String {
    let report = match serde_json::from_str::<grader::RunRequest>(request_json) {
        Ok(request) => grader::run_snippet(&request),
        Err(e) => grader::RunReport::error(grader::CodeError::new(
            "GraderError",
            format!("the page sent an unreadable run request: {e}"),
        )),
    };
    serde_json::to_string(&report).unwrap_or_else(|e| format!("{{\"console\":[],\"value\":null,\"error\":{{\"name\":\"GraderError\",\"message\":\"{e}\",\"line\":null,\"column\":null}}}}"))
}

/// Grades a JSON-encoded [`grader::HintsRequest`] (an assert-style exercise) and returns the
/// JSON-encoded report.
#[wasm_bindgen]
pub fn grade_hints(request_json: &str) -> String {
    let report = match serde_json::from_str::<grader::HintsRequest>(request_json) {
        Ok(request) => grader::grade_hints(&request),
        Err(e) => grader::GradeReport::error(
            grader::CodeError::new(
                "GraderError",
                format!("the page sent an unreadable grading request: {e}"),
            ),
            Vec::new(),
        ),
    };
    serde_json::to_string(&report).unwrap_or_else(|e| format!("{{\"verdict\":\"error\",\"tests\":[],\"console\":[],\"error\":{{\"name\":\"GraderError\",\"message\":\"{e}\",\"line\":null,\"column\":null}}}}"))
}

/// Builds the next run's sandbox while the worker is idle; see [`grader::prewarm`].
#[wasm_bindgen]
pub fn prewarm() -> bool {
    grader::prewarm()
}
