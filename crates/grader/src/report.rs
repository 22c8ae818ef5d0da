use serde::{Deserialize, Serialize};

use crate::explain::Explain;

/// The overall outcome of grading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every test ran and passed.
    Passed,
    /// The tests ran and at least one failed.
    Failed,
    /// The code could not run at all (syntax error, missing export, an error at load time).
    Error,
    /// The run did not finish within the time limit.
    TimedOut,
}

/// Everything a learner needs to see about one grading run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GradeReport {
    pub verdict: Verdict,
    /// Tests in file order.
    pub tests: Vec<TestResult>,
    /// Why nothing could run, when the verdict is `Error` or `TimedOut`.
    pub error: Option<CodeError>,
    /// Console output printed while the learner's module was loading (outside any test).
    pub console: Vec<ConsoleLine>,
}

/// The outcome of one test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestStatus {
    Passed,
    Failed,
    Skipped,
}

/// One test's result, named by its describe blocks and title joined with " > ".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestResult {
    pub name: String,
    pub status: TestStatus,
    pub failure: Option<Failure>,
    pub console: Vec<ConsoleLine>,
    /// The source of the test's body, so the learner sees what was checked.
    #[serde(default)]
    pub test_code: Option<String>,
    /// The 1-based position of the test's top-level `describe`, which is one task of the
    /// exercise; `None` for tests outside any `describe`.
    #[serde(default)]
    pub task_id: Option<u32>,
}

/// What kind of thing made a test fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// An `expect` did not hold.
    Assertion,
    /// The code threw an error.
    Error,
    /// The code hit an engine limit (endless loop, runaway recursion) or never finished.
    Limit,
}

/// Why a test failed; `expected` and `received` are already formatted for display.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    pub kind: FailureKind,
    pub message: String,
    pub expected: Option<String>,
    pub received: Option<String>,
    pub error: Option<CodeError>,
    /// A plain-language explanation for an assertion that points at a common mistake.
    #[serde(default)]
    pub explain: Option<Explain>,
    /// Expected and received printed one entry per line and compared line by line, when a
    /// one-line print would hide where they differ (objects, arrays, text of several lines).
    #[serde(default)]
    pub diff: Option<Vec<DiffLine>>,
}

impl Failure {
    /// A failure told in words only: no values to compare, no error object.
    pub fn plain(kind: FailureKind, message: String) -> Self {
        Failure {
            kind,
            message,
            expected: None,
            received: None,
            error: None,
            explain: None,
            diff: None,
        }
    }
}

/// One line of a diff between the expected and the received value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffLine {
    pub kind: DiffKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// In both values.
    Same,
    /// Only in the expected value.
    Expected,
    /// Only in the received value.
    Received,
}

/// An error in the learner's code, located in the learner's own file where possible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeError {
    /// The error type, like "SyntaxError" or "TypeError".
    pub name: String,
    pub message: String,
    /// 1-based line in the learner's code.
    pub line: Option<u32>,
    /// 1-based column in the learner's code.
    pub column: Option<u32>,
    /// A plain-language explanation, when this is a common beginner mistake.
    #[serde(default)]
    pub explain: Option<Explain>,
}

/// One line printed with `console.log` (or info/warn/error).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleLine {
    pub level: String,
    pub text: String,
}

/// How learner code brought down the host grading it, so no report came back from the run.
/// The names are the `reason`s the grading worker posts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Crash {
    /// An allocation was refused: the run passed the memory cap.
    Memory,
    /// The native (or wasm) stack overflowed, usually in the engine's own recursion over data
    /// nested thousands of levels deep.
    Stack,
    /// Anything else that stopped the host.
    Trap,
}

impl Crash {
    /// Reads a worker's `reason`; an unknown one is a [`Crash::Trap`].
    pub fn from_reason(reason: &str) -> Crash {
        match reason {
            "memory" => Crash::Memory,
            "stack" => Crash::Stack,
            _ => Crash::Trap,
        }
    }

    /// The error to show, `place` saying what was running ("while running the test ...").
    pub(crate) fn error(self, place: &str) -> CodeError {
        let (name, message, explain) = match self {
            Crash::Memory => (
                "OutOfMemory",
                format!(
                    "ran out of memory {place}: the code used more than the {} MB a run may use and was stopped. Look for a loop that keeps adding to a string or an array without end, or a huge size given to repeat() or Array()",
                    crate::memory::DEFAULT_CAP / (1024 * 1024)
                ),
                Some(Explain::OutOfMemory),
            ),
            Crash::Stack => (
                "StackOverflow",
                format!(
                    "nested too deeply {place}: the engine ran out of stack space and was stopped. Look for an array or object nested inside another thousands of levels deep, or a function that calls itself without end"
                ),
                Some(Explain::TooDeep),
            ),
            Crash::Trap => (
                "Crash",
                format!(
                    "the grader crashed {place} and could not finish; run it again, and if it keeps happening, simplify what that code does"
                ),
                None,
            ),
        };
        CodeError {
            explain,
            ..CodeError::new(name, message)
        }
    }
}

impl CodeError {
    /// An error with no known position or explanation.
    pub fn new(name: impl Into<String>, message: impl Into<String>) -> Self {
        CodeError {
            name: name.into(),
            message: message.into(),
            line: None,
            column: None,
            explain: None,
        }
    }
}

impl GradeReport {
    /// The report for a run that the host stopped after `limit_ms` of wall-clock time.
    pub fn timed_out(limit_ms: u32) -> Self {
        GradeReport {
            verdict: Verdict::TimedOut,
            tests: Vec::new(),
            error: Some(CodeError {
                explain: Some(Explain::Timeout),
                ..CodeError::new(
                    "Timeout",
                    format!(
                        "your code did not finish within {:.1} s; look for a loop that never ends or a function that calls itself forever",
                        f64::from(limit_ms) / 1000.0
                    ),
                )
            }),
            console: Vec::new(),
        }
    }

    /// The report for a run that used more memory than the grader allows (see
    /// [`crate::memory`]); `test` is the test that was running, `None` while the code loaded.
    pub fn out_of_memory(test: Option<&str>) -> Self {
        Self::crashed(Crash::Memory, test)
    }

    /// The report for a run that overflowed the grader's stack (data nested too deeply for
    /// the engine's own recursion); `test` as for [`GradeReport::out_of_memory`].
    pub fn stack_overflow(test: Option<&str>) -> Self {
        Self::crashed(Crash::Stack, test)
    }

    /// The report for a run that brought down the host grading it, in the way `crash` says.
    pub fn crashed(crash: Crash, test: Option<&str>) -> Self {
        let place = match test {
            Some(name) => format!("while running the test \"{name}\""),
            None => "while loading your code".to_string(),
        };
        Self::error(crash.error(&place), Vec::new())
    }

    /// The report for code that could not be loaded or run at all.
    pub fn error(error: CodeError, console: Vec<ConsoleLine>) -> Self {
        GradeReport {
            verdict: Verdict::Error,
            tests: Vec::new(),
            error: Some(error),
            console,
        }
    }

    /// Number of tests that passed.
    pub fn passed(&self) -> usize {
        self.tests
            .iter()
            .filter(|t| t.status == TestStatus::Passed)
            .count()
    }

    /// Number of tests that failed.
    pub fn failed(&self) -> usize {
        self.tests
            .iter()
            .filter(|t| t.status == TestStatus::Failed)
            .count()
    }
}
