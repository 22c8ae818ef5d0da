use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::assets::Asset;
use crate::quiz::Quiz;

/// Wall-clock limit for one grading run when an exercise does not set its own.
pub const DEFAULT_TIME_LIMIT_MS: u32 = 2000;

/// Wall-clock limit for a lesson example that runs in a page: building the page model is most
/// of a short example's work.
pub const PAGE_EXAMPLE_LIMIT_MS: u32 = 5000;

/// A whole course pack, validated and with its Markdown already rendered to safe HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    pub id: String,
    pub title: String,
    pub version: String,
    pub summary: String,
    pub modules: Vec<Module>,
    /// Key terms with their Spanish equivalents, sorted by term.
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// Where the material comes from, for packs imported from another course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The images its lessons and instructions show, by the address their HTML uses
    /// (`assets/HASH.png`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub assets: BTreeMap<String, Asset>,
}

/// The origin and license of imported material (pack.toml's `[source]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    /// Empty when not given.
    #[serde(default)]
    pub url: String,
    pub license: String,
    /// The license's text, a file in the pack; empty when not given.
    #[serde(default)]
    pub license_file: String,
}

/// A glossary entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub term: String,
    /// The term in Spanish.
    pub es: String,
    pub definition_html: String,
    /// Empty when the definition has no Spanish version.
    #[serde(default)]
    pub definition_es_html: String,
}

/// A module: an ordered list of lessons, exercises and quizzes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Module {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub items: Vec<Item>,
}

/// One entry of a module, in teaching order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Item {
    Lesson(Lesson),
    Exercise(Box<Exercise>),
    Quiz(Quiz),
}

/// A lesson: Markdown rendered to HTML, cut where a runnable example sits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    /// Concepts this lesson teaches, lowercased; exercises after it may use them.
    pub introduces: Vec<String>,
    pub parts: Vec<LessonPart>,
    /// The pack's Spanish version (`LESSON.es.md`), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<Box<LessonEs>>,
}

/// A lesson in Spanish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonEs {
    pub title: String,
    pub parts: Vec<LessonPart>,
}

/// An exercise's text in Spanish; its code and tests are the same in every language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExerciseEs {
    /// Empty when the title stays as it is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Empty when only the hints are translated.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub instructions_html: String,
    /// As many as the English hints, or none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hints: Vec<String>,
}

/// A piece of a lesson, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LessonPart {
    Html {
        html: String,
    },
    /// A code block the learner can edit and run (a fenced block marked `js runnable`).
    Example {
        code: String,
        /// The example throws on purpose, to show an error.
        throws: bool,
        /// Line of the opening fence in the lesson file, for error reports.
        line: u32,
        /// For an example that runs in a page (`js runnable page`): the page's HTML.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        page: Option<String>,
    },
}

/// A graded exercise: instructions, the learner's starting code, a reference solution and tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    /// What the learner is asked to do with the starter. Named apart in JSON: an item's `kind`
    /// already says it is an exercise.
    #[serde(
        rename = "exercise_kind",
        default,
        skip_serializing_if = "ExerciseKind::is_write"
    )]
    pub kind: ExerciseKind,
    pub difficulty: u8,
    pub minutes: u32,
    pub concepts: Vec<String>,
    /// Hints as HTML, revealed one at a time in this order.
    pub hints: Vec<String>,
    pub time_limit_ms: u32,
    pub instructions_html: String,
    pub starter: String,
    pub solution: String,
    pub tests: String,
    /// Read-only helper files the tests or the learner's code import (`./data.js`), by path
    /// relative to the exercise folder.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub files: BTreeMap<String, String>,
    /// Another name the tests import the learner's code by (like `./two-fer`), besides
    /// `./solution`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_as: Option<String>,
    /// Assert-style checks (freeCodeCamp's): when there are any, the learner's code is a plain
    /// script graded by them, and `tests` is empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<Check>,
    /// For checks: the pack's code run before and after the learner's script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub around: Option<Box<Around>>,
    /// The pack's Spanish text for this exercise, when it has some.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<Box<ExerciseEs>>,
    /// For a `tests` exercise: the code the learner's tests run against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub under_test: Option<Box<UnderTest>>,
    /// For a page exercise: the page the learner's script runs in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<Box<ExercisePage>>,
}

/// A page exercise's page: its HTML (`index.html`), style sheet (`style.css`), address, and
/// what `fetch` answers. The learner's file is the page's script, or the page's HTML or style
/// sheet itself (`edit`), which then comes from the learner and not from here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExercisePage {
    pub html: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub css: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<PageRoute>,
    #[serde(default, skip_serializing_if = "PageEdit::is_script")]
    pub edit: PageEdit,
}

/// Which of a page's files the learner writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PageEdit {
    /// The page's script (`starter.js`), the usual case.
    #[default]
    Script,
    /// The page's HTML (`starter.html`); the page has no script.
    Html,
    /// The page's style sheet (`starter.css`); the page has no script.
    Css,
}

impl PageEdit {
    pub fn is_script(&self) -> bool {
        *self == PageEdit::Script
    }

    /// The extension of the learner's file: `js`, `html` or `css`.
    pub fn extension(self) -> &'static str {
        match self {
            PageEdit::Script => "js",
            PageEdit::Html => "html",
            PageEdit::Css => "css",
        }
    }
}

/// One answer the page's `fetch` gets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRoute {
    pub method: String,
    pub url: String,
    pub status: u16,
    /// A JSON body as JSON text; `None` for a text body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    #[serde(default)]
    pub delay_ms: u32,
    #[serde(default)]
    pub network_error: bool,
    /// Answers one request; later ones go to the next matching route.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub once: bool,
}

/// Code an assert-style exercise runs around the learner's script, in the same global scope.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Around {
    /// `before.js`: data or stand-ins the learner's code expects to find.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before: String,
    /// `after.js`: run after the learner's script and before the checks; helpers they call.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub after: String,
}

/// What a `tests` exercise's learner writes tests for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnderTest {
    /// A correct implementation: every test must pass against it.
    pub implementation: String,
    /// Broken versions: each must fail at least one test.
    pub broken: Vec<BrokenVersion>,
}

/// A version of a `tests` exercise's function with one mistake.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BrokenVersion {
    /// What is wrong with it, in words that finish "a version that…" (the file's first comment).
    pub mistake: String,
    pub code: String,
}

/// What an exercise asks of the learner. All kinds are graded the same way (the tests must pass);
/// the kind tells the learner how to approach the starter, and lets a pack's check count the mix.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum ExerciseKind {
    /// Write code from a (nearly) empty starter.
    #[default]
    Write,
    /// The starter is a program with bugs; make it correct.
    Fix,
    /// The starter is a working program; add to it or change its shape with its tests green.
    Extend,
    /// The learner writes the tests: they must pass against `implementation` and catch every
    /// version in `broken`. `starter` and `solution` are test files.
    Tests,
}

impl Exercise {
    /// The code run before and after the learner's script, empty when there is none.
    pub fn around_code(&self) -> (&str, &str) {
        self.around
            .as_deref()
            .map_or(("", ""), |a| (a.before.as_str(), a.after.as_str()))
    }
}

impl ExerciseKind {
    pub const ALL: [ExerciseKind; 4] = [Self::Write, Self::Fix, Self::Extend, Self::Tests];

    pub fn is_write(&self) -> bool {
        *self == Self::Write
    }

    /// The name used in exercise.toml.
    pub fn name(self) -> &'static str {
        match self {
            Self::Write => "write",
            Self::Fix => "fix",
            Self::Extend => "extend",
            Self::Tests => "tests",
        }
    }
}

/// One assert-style check: what it tells the learner, and the code that must hold after the
/// learner's script has run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub text: String,
    pub code: String,
}

impl Item {
    /// The item's id, unique within its module.
    pub fn id(&self) -> &str {
        match self {
            Item::Lesson(l) => &l.id,
            Item::Exercise(e) => &e.id,
            Item::Quiz(q) => &q.id,
        }
    }

    /// The item's title as shown in lists.
    pub fn title(&self) -> &str {
        match self {
            Item::Lesson(l) => &l.title,
            Item::Exercise(e) => &e.title,
            Item::Quiz(q) => &q.title,
        }
    }
}

impl Pack {
    /// Finds a module by id.
    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// Every exercise with the id of its module, in course order.
    pub fn exercises(&self) -> impl Iterator<Item = (&Module, &Exercise)> {
        self.modules.iter().flat_map(|m| {
            m.items.iter().filter_map(move |i| match i {
                Item::Exercise(e) => Some((m, &**e)),
                _ => None,
            })
        })
    }
}

impl Lesson {
    /// The runnable examples of the lesson, in order: code, whether it throws on purpose, its
    /// line, and its page's HTML when it runs in one.
    pub fn examples(&self) -> impl Iterator<Item = (&str, bool, u32, Option<&str>)> {
        self.parts.iter().filter_map(|p| match p {
            LessonPart::Example {
                code,
                throws,
                line,
                page,
            } => Some((code.as_str(), *throws, *line, page.as_deref())),
            LessonPart::Html { .. } => None,
        })
    }
}

impl Module {
    /// Finds an item by id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id() == id)
    }
}
