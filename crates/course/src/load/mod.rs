//! Reads a pack folder, from disk or from a one-file pack. Every problem is collected, so an
//! instructor fixes them all in one pass instead of one per run.
//!
//! The rooms: `schema` has the shapes of the TOML files and front matter; `locate` finds the line
//! a problem is on; `pack`, `lesson`, `quiz` and `exercise` load each kind of file, and this file
//! holds what they share.

mod exercise;
mod lesson;
mod locate;
mod pack;
mod quiz;
mod schema;

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::assets::{self, Asset};
use crate::files::{Disk, Files};
use crate::id::is_valid_id;
use crate::markdown;
use crate::model::{
    Around, BrokenVersion, Check, Exercise, ExerciseEs, ExerciseKind, ExercisePage, Item, Lesson,
    LessonEs, Module, Pack, PageEdit, Source, Term, UnderTest, DEFAULT_TIME_LIMIT_MS,
};
use crate::problem::{LoadError, Problem};
use crate::quiz::{Answer, Choice, ChoiceEs, Question, QuestionEs, Quiz};
use crate::translation;
use locate::*;
use schema::*;

const QUIZ_SUFFIX: &str = ".quiz.toml";

const EXERCISE_FILES: [&str; 6] = [
    "instructions.md",
    "starter.js",
    "solution.js",
    "tests.js",
    "index.html",
    "style.css",
];

/// The folder, in the pack's root or a module, that holds the pictures its Markdown shows; it is
/// neither a module nor an item.
const IMAGES_FOLDER: &str = "images";

/// Loads and validates the pack in `dir`, returning every problem found if there is any.
pub fn load_pack(dir: &Path) -> Result<Pack, LoadError> {
    load_pack_from(&Disk, dir)
}

/// Loads and validates the pack at `dir` of `files`.
pub fn load_pack_from(files: &dyn Files, dir: &Path) -> Result<Pack, LoadError> {
    let mut loader = Loader {
        files,
        root: dir.to_path_buf(),
        assets: BTreeMap::new(),
        problems: Vec::new(),
        introduced: Some(HashSet::new()),
        imported: false,
        spanish_required: false,
    };
    let pack = loader.pack(dir);
    match pack {
        Some(pack) if loader.problems.is_empty() => Ok(pack),
        _ => Err(LoadError {
            problems: loader.problems,
        }),
    }
}

/// Loads and validates one exercise folder on its own (for grading a single exercise).
pub fn load_exercise(dir: &Path) -> Result<Exercise, LoadError> {
    let mut loader = Loader {
        files: &Disk,
        root: dir.to_path_buf(),
        assets: BTreeMap::new(),
        problems: Vec::new(),
        introduced: None,
        // Grading one exercise does not show hints, so their rule is left to the pack's check.
        imported: true,
        spanish_required: false,
    };
    let id = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exercise = loader.exercise(dir, &id);
    match exercise {
        Some(e) if loader.problems.is_empty() => Ok(e),
        _ => Err(LoadError {
            problems: loader.problems,
        }),
    }
}

struct Loader<'f> {
    files: &'f dyn Files,
    /// The folder being loaded; images must be inside it.
    root: PathBuf,
    /// The images shown so far, by address.
    assets: BTreeMap<String, Asset>,
    problems: Vec<Problem>,
    /// Concepts taught by the lessons loaded so far, lowercased. Only a whole pack has an order,
    /// so the concept rule is checked only then.
    introduced: Option<HashSet<String>>,
    /// The pack declares a `[source]`: its exercises were written elsewhere, and the rules that
    /// ask authors for more than the source has (hints) do not apply.
    imported: bool,
    /// The pack promises Spanish (`languages = ["es"]`): a lesson or exercise without it is a
    /// problem.
    spanish_required: bool,
}
impl Loader<'_> {
    fn report(&mut self, file: &Path, line: Option<usize>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        });
    }

    fn read(&mut self, file: &Path) -> Option<String> {
        match self.files.read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => Some(text),
                Err(e) => {
                    let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
                    self.report(
                        file,
                        Some(line),
                        "the file is not UTF-8 text; save it with the UTF-8 encoding",
                    );
                    None
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                self.report(file, None, "missing file; create it");
                None
            }
            Err(e) => {
                self.report(file, None, format!("cannot read the file: {e}"));
                None
            }
        }
    }

    /// Parses a TOML file, reporting keys outside `known` without giving up on the rest.
    /// Returns the text too, to locate values that parse but are not acceptable.
    fn toml<T: DeserializeOwned>(&mut self, file: &Path, known: &[&str]) -> Option<(T, String)> {
        let text = self.read(file)?;
        self.toml_text(file, text, known, 0)
    }

    /// Parses TOML `text` that starts at line `first_line + 1` of `file`.
    fn toml_text<T: DeserializeOwned>(
        &mut self,
        file: &Path,
        text: String,
        known: &[&str],
        first_line: usize,
    ) -> Option<(T, String)> {
        if let Ok(table) = toml::from_str::<toml::Table>(&text) {
            for key in table.keys().filter(|k| !known.contains(&k.as_str())) {
                self.report(
                    file,
                    find_line(&text, key).map(|l| l + first_line),
                    format!(
                        "unknown key `{key}`; the keys allowed here are {}",
                        known.join(", ")
                    ),
                );
            }
        }
        match toml::from_str::<T>(&text) {
            Ok(value) => Some((value, text)),
            Err(e) => {
                let line = e.span().map(|span| line_of(&text, span.start) + first_line);
                self.report(file, line, e.message().trim().to_string());
                None
            }
        }
    }

    fn check_id(&mut self, file: &Path, line: Option<usize>, what: &str, id: &str) -> bool {
        let ok = is_valid_id(id);
        if !ok {
            self.report(
                file,
                line,
                format!(
                    "{what} id {id:?} is not valid; use lowercase letters, digits and dashes, like \"say-hello\""
                ),
            );
        }
        ok
    }

    /// Reports entries of `dir` that `is_item` accepts but the listing file does not name.
    fn unlisted(
        &mut self,
        dir: &Path,
        listing: &Path,
        listed: &HashSet<String>,
        is_item: impl Fn(&str, bool) -> bool,
        what: &str,
        key: &str,
    ) {
        let Ok(mut names) = self.files.list(dir) else {
            return;
        };
        names.sort();
        for (name, is_dir) in names {
            // Pictures live in `images` folders beside what shows them.
            if !is_item(&name, is_dir) || (is_dir && name == IMAGES_FOLDER) {
                continue;
            }
            let stem = name
                .strip_suffix(".md")
                .or_else(|| name.strip_suffix(QUIZ_SUFFIX))
                .unwrap_or(&name);
            if !listed.contains(stem) {
                self.report(
                    listing,
                    None,
                    format!("{what} {name:?} is not listed in `{key}`; add {stem:?} to `{key}` or remove it"),
                );
            }
        }
    }
}

/// Concepts match ignoring case and spacing: "For Loops" is "for loops".
fn concept_key(concept: &str) -> String {
    concept
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The longest run of backticks in `text`, so a fence around it can be longer.
fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}
