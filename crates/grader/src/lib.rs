//! Runs a learner's JavaScript in a sandboxed Boa context against Jest-style tests and returns a
//! structured report, and runs lessons' examples in the same sandbox. Compiles natively (for the CLI) and to wasm32 (for the browser worker), so
//! both grade identically.

mod errors;
pub mod explain;
mod hints;
mod lazy;
mod limits;
mod loader;
pub mod locale;
pub mod memory;
pub(crate) mod module_mocks;
pub mod page;
#[cfg(feature = "course")]
pub mod protocol;
mod report;
mod run;
mod sandbox;
mod snippet;
mod stage;
mod suite;

pub use explain::{Explain, Lang};
pub use hints::{grade_hints, Hint, HintsRequest};
pub use limits::Limits;
pub use report::{
    CodeError, ConsoleLine, Crash, DiffKind, DiffLine, Failure, FailureKind, GradeReport,
    TestResult, TestStatus, Verdict,
};
pub use run::{grade, GradeRequest};
pub use sandbox::prewarm;
pub use snippet::{run_snippet, RunReport, RunRequest};
pub use stage::{on_stage, StageHook};
pub use suite::{grade_suite, Broken, SuiteRequest};
