//! Reads a pack folder from disk. Every problem is collected, so an instructor fixes them all in
//! one pass instead of one per run.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::id::is_valid_id;
use crate::markdown;
use crate::model::{Exercise, Item, Lesson, Module, Pack, DEFAULT_TIME_LIMIT_MS};
use crate::problem::{LoadError, Problem};

#[derive(Deserialize)]
struct PackToml {
    id: String,
    title: String,
    version: String,
    #[serde(default)]
    summary: String,
    modules: Vec<String>,
}

#[derive(Deserialize)]
struct ModuleToml {
    title: String,
    #[serde(default)]
    summary: String,
    items: Vec<String>,
}

#[derive(Deserialize)]
struct ExerciseToml {
    title: String,
    difficulty: u8,
    minutes: u32,
    #[serde(default)]
    concepts: Vec<String>,
    hints: Vec<String>,
    time_limit_ms: Option<u32>,
}

const EXERCISE_FILES: [&str; 4] = ["instructions.md", "starter.js", "solution.js", "tests.js"];

/// Loads and validates the pack in `dir`, returning every problem found if there is any.
pub fn load_pack(dir: &Path) -> Result<Pack, LoadError> {
    let mut loader = Loader::default();
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
    let mut loader = Loader::default();
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

#[derive(Default)]
struct Loader {
    problems: Vec<Problem>,
}

impl Loader {
    fn report(&mut self, file: &Path, line: Option<usize>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        });
    }

    fn read(&mut self, file: &Path) -> Option<String> {
        match fs::read_to_string(file) {
            Ok(text) => Some(text),
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
        if let Ok(table) = toml::from_str::<toml::Table>(&text) {
            for key in table.keys().filter(|k| !known.contains(&k.as_str())) {
                self.report(
                    file,
                    find_line(&text, key),
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
                let line = e.span().map(|span| line_of(&text, span.start));
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

    fn pack(&mut self, dir: &Path) -> Option<Pack> {
        if !dir.is_dir() {
            self.report(
                dir,
                None,
                "not a folder; give the path of a pack folder that holds pack.toml",
            );
            return None;
        }
        let file = dir.join("pack.toml");
        let (raw, text): (PackToml, _) =
            self.toml(&file, &["id", "title", "version", "summary", "modules"])?;
        self.check_id(&file, find_line(&text, "id"), "pack", &raw.id);
        if raw.title.trim().is_empty() {
            self.report(
                &file,
                find_line(&text, "title"),
                "the title is empty; give the pack a title",
            );
        }
        if raw.modules.is_empty() {
            self.report(
                &file,
                find_line(&text, "modules"),
                "no modules listed; list the module folders in `modules`",
            );
        }
        let mut seen = HashSet::new();
        let mut modules = Vec::new();
        for id in &raw.modules {
            let line = find_quoted(&text, id);
            if !seen.insert(id.clone()) {
                self.report(
                    &file,
                    line,
                    format!("module {id:?} is listed twice; remove one"),
                );
                continue;
            }
            if !self.check_id(&file, line, "module", id) {
                continue;
            }
            let module_dir = dir.join(id);
            if !module_dir.is_dir() {
                self.report(
                    &file,
                    line,
                    format!(
                        "module {id:?} has no folder {}; create it or remove it from `modules`",
                        module_dir.display()
                    ),
                );
                continue;
            }
            if let Some(module) = self.module(&module_dir, id) {
                modules.push(module);
            }
        }
        self.unlisted(
            dir,
            &file,
            &seen,
            |name, path| path.is_dir() && !name.starts_with('.'),
            "module folder",
            "modules",
        );
        Some(Pack {
            id: raw.id,
            title: raw.title,
            version: raw.version,
            summary: raw.summary,
            modules,
        })
    }

    /// Reports entries of `dir` that `is_item` accepts but the listing file does not name.
    fn unlisted(
        &mut self,
        dir: &Path,
        listing: &Path,
        listed: &HashSet<String>,
        is_item: impl Fn(&str, &Path) -> bool,
        what: &str,
        key: &str,
    ) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        let mut names: Vec<(String, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .collect();
        names.sort();
        for (name, path) in names {
            if !is_item(&name, &path) {
                continue;
            }
            let stem = name.strip_suffix(".md").unwrap_or(&name);
            if !listed.contains(stem) {
                self.report(
                    listing,
                    None,
                    format!("{what} {name:?} is not listed in `{key}`; add {stem:?} to `{key}` or remove it"),
                );
            }
        }
    }

    fn module(&mut self, dir: &Path, id: &str) -> Option<Module> {
        let file = dir.join("module.toml");
        let (raw, text): (ModuleToml, _) = self.toml(&file, &["title", "summary", "items"])?;
        if raw.items.is_empty() {
            self.report(
                &file,
                find_line(&text, "items"),
                "no items listed; list lessons and exercises in `items`",
            );
        }
        let mut seen = HashSet::new();
        let mut items = Vec::new();
        for item_id in &raw.items {
            let line = find_quoted(&text, item_id);
            if !seen.insert(item_id.clone()) {
                self.report(
                    &file,
                    line,
                    format!("item {item_id:?} is listed twice; remove one"),
                );
                continue;
            }
            if !self.check_id(&file, line, "item", item_id) {
                continue;
            }
            let lesson = dir.join(format!("{item_id}.md"));
            let exercise = dir.join(item_id);
            match (lesson.is_file(), exercise.is_dir()) {
                (true, true) => self.report(&file, line, format!("{item_id:?} is both a lesson ({item_id}.md) and an exercise folder; rename one")),
                (true, false) => items.extend(self.lesson(&lesson, item_id).map(Item::Lesson)),
                (false, true) => items.extend(self.exercise(&exercise, item_id).map(Item::Exercise)),
                (false, false) => self.report(&file, line, format!("item {item_id:?} has neither a lesson file {item_id}.md nor an exercise folder {item_id}/; create one or remove it from `items`")),
            }
        }
        self.unlisted(
            dir,
            &file,
            &seen,
            |name, path| !name.starts_with('.') && (path.is_dir() || name.ends_with(".md")),
            "lesson or exercise",
            "items",
        );
        Some(Module {
            id: id.to_string(),
            title: raw.title,
            summary: raw.summary,
            items,
        })
    }

    fn lesson(&mut self, file: &Path, id: &str) -> Option<Lesson> {
        let text = self.read(file)?;
        let first = text.lines().next().unwrap_or("");
        let Some(title) = first
            .strip_prefix("# ")
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            self.report(
                file,
                Some(1),
                "a lesson must start with its title as a level-one heading, like \"# Variables\"",
            );
            return None;
        };
        Some(Lesson {
            id: id.to_string(),
            title: title.to_string(),
            html: markdown::to_html(&text),
        })
    }

    fn exercise(&mut self, dir: &Path, id: &str) -> Option<Exercise> {
        let file = dir.join("exercise.toml");
        let meta: Option<(ExerciseToml, _)> = self.toml(
            &file,
            &[
                "title",
                "difficulty",
                "minutes",
                "concepts",
                "hints",
                "time_limit_ms",
            ],
        );
        let [instructions, starter, solution, tests] =
            EXERCISE_FILES.map(|name| self.read(&dir.join(name)));
        let (meta, text) = meta?;
        if !(1..=5).contains(&meta.difficulty) {
            self.report(
                &file,
                find_line(&text, "difficulty"),
                format!(
                    "difficulty {} is out of range; use 1 (first steps) to 5 (challenging)",
                    meta.difficulty
                ),
            );
        }
        if meta.minutes == 0 {
            self.report(
                &file,
                find_line(&text, "minutes"),
                "minutes must be at least 1",
            );
        }
        if meta.hints.iter().all(|h| h.trim().is_empty()) {
            self.report(
                &file,
                find_line(&text, "hints"),
                "add at least one hint to `hints`",
            );
        }
        let time_limit_ms = meta.time_limit_ms.unwrap_or(DEFAULT_TIME_LIMIT_MS);
        if !(100..=60_000).contains(&time_limit_ms) {
            self.report(
                &file,
                find_line(&text, "time_limit_ms"),
                "time_limit_ms must be between 100 and 60000",
            );
        }
        if meta.title.trim().is_empty() {
            self.report(
                &file,
                find_line(&text, "title"),
                "the title is empty; give the exercise a title",
            );
        }
        Some(Exercise {
            id: id.to_string(),
            title: meta.title,
            difficulty: meta.difficulty,
            minutes: meta.minutes,
            concepts: meta.concepts,
            hints: meta
                .hints
                .iter()
                .map(|h| markdown::inline_to_html(h))
                .collect(),
            time_limit_ms,
            instructions_html: markdown::to_html(&instructions?),
            starter: starter?,
            solution: solution?,
            tests: tests?,
        })
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line where `key = ...` is set, to point at a value that parsed but is not acceptable.
fn find_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// The line where the string `"value"` appears, to point at one entry of a list.
fn find_quoted(text: &str, value: &str) -> Option<usize> {
    let dq = format!("\"{value}\"");
    let sq = format!("'{value}'");
    text.lines()
        .position(|l| l.contains(&dq) || l.contains(&sq))
        .map(|i| i + 1)
}
