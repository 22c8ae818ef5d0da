//! Puente's pack model: a pack is a folder of Markdown, TOML and JavaScript files that this crate
//! loads, validates (reporting every problem at once) and turns into a serializable [`Pack`].

pub mod assets;
pub mod files;
pub mod glossary_links;
mod id;
mod load;
pub mod markdown;
mod model;
pub mod pack_file;
mod page;
mod problem;
mod quiz;
pub mod translation;

pub use id::is_valid_id;
pub use load::{load_exercise, load_pack, load_pack_from};
pub use model::{
    Around, BrokenVersion, Exercise, ExerciseEs, ExerciseKind, ExercisePage, Item, Lesson,
    LessonEs, LessonPart, Module, Pack, PageEdit, PageRoute, Source, Term, UnderTest,
    DEFAULT_TIME_LIMIT_MS, PAGE_EXAMPLE_LIMIT_MS,
};
pub use problem::{LoadError, Problem};
pub use quiz::{Answer, Choice, ChoiceEs, Question, QuestionEs, Quiz, Response};
