//! Running a lesson's example: a plain script, not a graded exercise. The learner sees what it
//! printed and the value of its last expression, with the same sandbox and limits as grading.

use boa_engine::object::builtins::JsPromise;
use boa_engine::{JsValue, Source};
use serde::{Deserialize, Serialize};

use crate::errors::{clarify, describe, refine_location};
use crate::explain::Explain;
use crate::limits::Limits;
use crate::report::{CodeError, ConsoleLine, Crash};
use crate::run::{describe_value, take_output};
use crate::sandbox::{Sandbox, Settled};

/// An example to run as a script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunRequest {
    pub code: String,
    #[serde(default)]
    pub limits: Limits,
    /// A page for the example to run in (a lesson's example about the DOM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<crate::page::Page>,
}

/// What an example did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunReport {
    /// Everything printed, including by timers that fired after the script ended.
    pub console: Vec<ConsoleLine>,
    /// The value of the last expression, formatted like the console does; `None` when it is
    /// `undefined` (a script ending in `console.log(...)`), which would only be noise.
    pub value: Option<String>,
    /// Why the example stopped early.
    pub error: Option<CodeError>,
}

impl RunReport {
    /// The report for an example that the host stopped after `limit_ms` of wall-clock time.
    pub fn timed_out(limit_ms: u32) -> Self {
        RunReport {
            console: Vec::new(),
            value: None,
            error: Some(CodeError {
                explain: Some(Explain::Timeout),
                ..CodeError::new(
                    "Timeout",
                    format!(
                        "the example did not finish within {:.1} s; look for a loop that never ends",
                        f64::from(limit_ms) / 1000.0
                    ),
                )
            }),
        }
    }

    /// The report for an example that used more memory than the grader allows.
    pub fn out_of_memory() -> Self {
        Self::crashed(Crash::Memory)
    }

    /// The report for an example that overflowed the grader's stack.
    pub fn stack_overflow() -> Self {
        Self::crashed(Crash::Stack)
    }

    /// The report for an example that brought down the host running it, in the way `crash`
    /// says.
    pub fn crashed(crash: Crash) -> Self {
        RunReport::error(crash.error("while running the example"))
    }

    /// The report for an example that could not run at all.
    pub fn error(error: CodeError) -> Self {
        RunReport {
            console: Vec::new(),
            value: None,
            error: Some(error),
        }
    }
}

/// Runs `request.code` as a script in a fresh sandbox, then lets its promises and timers finish.
pub fn run_snippet(request: &RunRequest) -> RunReport {
    let mut report = run_raw(request);
    if let Some(error) = report.error.as_mut() {
        clarify(error);
        refine_location(error, &request.code);
        error.explain = Explain::for_error(error);
    }
    report
}

fn run_raw(request: &RunRequest) -> RunReport {
    crate::stage::enter(None);
    let mut sandbox = match Sandbox::new(&request.limits) {
        Ok(s) => s,
        Err(e) => {
            return RunReport::error(CodeError::new(
                "GraderError",
                format!("the sandbox could not start: {e}"),
            ))
        }
    };
    let installed = match &request.page {
        Some(page) => match crate::page::install(&mut sandbox, page) {
            Ok(installed) => Some(installed),
            Err(e) => {
                return RunReport::error(CodeError::new(
                    "GraderError",
                    format!("the page could not be built: {e}"),
                ))
            }
        },
        None => None,
    };
    let source = Source::from_bytes(&request.code).with_path(std::path::Path::new("example.js"));
    let mut result = sandbox.context.eval(source);
    if let (Some(installed), Ok(_)) = (&installed, &result) {
        if let Err(e) = installed.loaded(&mut sandbox.context) {
            result = Err(e);
        }
    }
    let mut error = None;
    let value = match result {
        Ok(value) => Some(value),
        Err(e) => {
            error = Some(describe(&e, &mut sandbox.context));
            None
        }
    };
    // Promise callbacks and timers still run, as they would in a browser tab.
    if error.is_none() {
        let (never, _resolvers) = JsPromise::new_pending(&mut sandbox.context);
        match sandbox.settle(&never, request.limits.timer_firings) {
            Settled::Aborted(e) => error = Some(describe(&e, &mut sandbox.context)),
            Settled::Rejected(v) => error = Some(describe_value(&mut sandbox, v)),
            Settled::Value(_) | Settled::Pending => {}
        }
    }
    let value = value
        .filter(|v| !v.is_undefined())
        .and_then(|v| format_value(&mut sandbox, v));
    let console = take_output(&mut sandbox);
    RunReport {
        console,
        value,
        error,
    }
}

fn format_value(sandbox: &mut Sandbox, value: JsValue) -> Option<String> {
    sandbox
        .call("formatValue", &[value])
        .ok()
        .and_then(|v| v.as_string())
        .map(|s| s.to_std_string_escaped())
}
