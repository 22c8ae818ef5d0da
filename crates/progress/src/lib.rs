//! A learner's progress through one pack, as the browser saves it and as a learner exports it.
//!
//! Saved progress is untrusted input: an older build may have written another shape, another tool
//! may have edited it, storage may hold half a write. [`decode`] therefore reads it field by
//! field and reports what it could not read instead of giving up on the whole record, and the
//! app keeps the original text aside before saving anything over it.

mod export;
mod merge;
mod model;
mod record;

pub use export::{import, preview, ChangeKind, ImportError, ItemChange};
pub use merge::merge;
pub use model::{
    Action, ExerciseProgress, LastRun, LessonProgress, Millis, Progress, QuizProgress, Status,
};
pub use record::{decode, encode, Decoded, Problem};

/// The schema version this build writes. Version 1 had no `schema` field.
pub const SCHEMA: u32 = 2;

/// The `format` field that marks a file as Puente progress.
pub const FORMAT: &str = "puente-progress";
