//! Reads a pack folder, from disk or from a one-file pack. Every problem is collected, so an
//! instructor fixes them all in one pass instead of one per run.

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

#[derive(Deserialize)]
struct PackToml {
    id: String,
    title: String,
    version: String,
    #[serde(default)]
    summary: String,
    modules: Vec<String>,
    source: Option<SourceToml>,
    /// Languages besides English that every lesson and exercise is translated into.
    #[serde(default)]
    languages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    name: String,
    #[serde(default)]
    url: String,
    license: String,
    #[serde(default)]
    license_file: String,
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
    #[serde(default)]
    kind: Option<String>,
    difficulty: u8,
    minutes: u32,
    #[serde(default)]
    concepts: Vec<String>,
    hints: Vec<String>,
    time_limit_ms: Option<u32>,
    #[serde(default)]
    files: Vec<String>,
    import_as: Option<String>,
    #[serde(default)]
    checks: Vec<CheckToml>,
    #[serde(default)]
    title_es: String,
    #[serde(default)]
    hints_es: Vec<String>,
    #[serde(default)]
    page: Option<crate::page::PageToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckToml {
    text: String,
    code: String,
}

#[derive(Deserialize, Default)]
struct FrontMatter {
    #[serde(default)]
    introduces: Vec<String>,
    /// In a translation: the hash of the English text it was made from.
    #[serde(default)]
    source: Option<String>,
}

#[derive(Deserialize)]
struct QuizToml {
    title: String,
    #[serde(default)]
    title_es: String,
    #[serde(default)]
    questions: Vec<QuestionToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionToml {
    kind: String,
    prompt: String,
    #[serde(default)]
    options: Vec<ChoiceToml>,
    #[serde(default)]
    answers: Vec<String>,
    #[serde(default)]
    explain: String,
    /// The program of a "predict" question.
    code: Option<String>,
    #[serde(default)]
    prompt_es: String,
    #[serde(default)]
    explain_es: String,
    #[serde(default)]
    answers_es: Vec<String>,
    /// The hash of the English question the Spanish was made from.
    source_es: Option<String>,
}

impl QuestionToml {
    /// The English text a translation of this question is made from, for its source hash.
    fn english(&self) -> String {
        let mut parts = vec![self.prompt.as_str()];
        parts.extend(self.code.as_deref());
        for o in &self.options {
            parts.extend([o.text.as_str(), o.explain.as_str()]);
        }
        parts.extend(self.answers.iter().map(String::as_str));
        parts.push(&self.explain);
        parts.join("\n")
    }

    fn has_spanish(&self) -> bool {
        !self.prompt_es.trim().is_empty()
            || !self.explain_es.trim().is_empty()
            || !self.answers_es.is_empty()
            || self.source_es.is_some()
            || self
                .options
                .iter()
                .any(|o| !o.text_es.trim().is_empty() || !o.explain_es.trim().is_empty())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceToml {
    text: String,
    #[serde(default)]
    correct: bool,
    #[serde(default)]
    explain: String,
    #[serde(default)]
    text_es: String,
    #[serde(default)]
    explain_es: String,
}

#[derive(Deserialize)]
struct GlossaryToml {
    #[serde(default)]
    terms: Vec<TermToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermToml {
    term: String,
    es: String,
    definition: String,
    #[serde(default)]
    definition_es: String,
}

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

    fn pack(&mut self, dir: &Path) -> Option<Pack> {
        if !self.files.is_dir(dir) {
            self.report(
                dir,
                None,
                "not a folder; give the path of a pack folder that holds pack.toml",
            );
            return None;
        }
        let file = dir.join("pack.toml");
        let (raw, text): (PackToml, _) = self.toml(
            &file,
            &[
                "id",
                "title",
                "version",
                "summary",
                "modules",
                "source",
                "languages",
            ],
        )?;
        let source = raw.source.map(|s| self.source(dir, &file, &text, s));
        self.imported = source.is_some();
        for language in &raw.languages {
            if language == "es" {
                self.spanish_required = true;
            } else {
                self.report(
                    &file,
                    find_line(&text, "languages"),
                    format!("language {language:?} is not one Puente's interface has; use \"es\" (Spanish) or remove it"),
                );
            }
        }
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
            if !self.files.is_dir(&module_dir) {
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
            |name, is_dir| is_dir && !name.starts_with('.'),
            "module folder",
            "modules",
        );
        let glossary = self.glossary(&dir.join("glossary.toml"));
        Some(Pack {
            id: raw.id,
            title: raw.title,
            version: raw.version,
            summary: raw.summary,
            modules,
            glossary,
            source,
            assets: std::mem::take(&mut self.assets),
        })
    }

    fn source(&mut self, dir: &Path, file: &Path, text: &str, raw: SourceToml) -> Source {
        let line = find_line(text, "name").or_else(|| {
            text.lines()
                .position(|l| l.trim() == "[source]")
                .map(|i| i + 1)
        });
        if raw.name.trim().is_empty() || raw.license.trim().is_empty() {
            self.report(
                file,
                line,
                "[source] needs `name` (where the material comes from) and `license` (its license, like \"MIT\")",
            );
        }
        if !raw.license_file.is_empty() {
            if !crate::files::is_inside(&raw.license_file) {
                self.report(file, find_line(text, "license_file"), format!("license_file {:?} must be a path inside the pack folder, like \"LICENSE.md\"", raw.license_file));
            } else if !self.files.is_file(&dir.join(&raw.license_file)) {
                self.report(file, find_line(text, "license_file"), format!("license_file {:?} does not exist; copy the source's license there or remove the key", raw.license_file));
            }
        }
        Source {
            name: raw.name,
            url: raw.url,
            license: raw.license,
            license_file: raw.license_file,
        }
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

    fn module(&mut self, dir: &Path, id: &str) -> Option<Module> {
        let file = dir.join("module.toml");
        let (raw, text): (ModuleToml, _) = self.toml(&file, &["title", "summary", "items"])?;
        if raw.items.is_empty() {
            self.report(
                &file,
                find_line(&text, "items"),
                "no items listed; list lessons, exercises and quizzes in `items`",
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
            let quiz = dir.join(format!("{item_id}{QUIZ_SUFFIX}"));
            match (
                self.files.is_file(&lesson),
                self.files.is_dir(&exercise),
                self.files.is_file(&quiz),
            ) {
                (true, false, false) => items.extend(self.lesson(&lesson, item_id).map(Item::Lesson)),
                (false, true, false) => items.extend(self.exercise(&exercise, item_id).map(|e| Item::Exercise(Box::new(e)))),
                (false, false, true) => items.extend(self.quiz(&quiz, item_id).map(Item::Quiz)),
                (false, false, false) => self.report(&file, line, format!("item {item_id:?} has no lesson file {item_id}.md, exercise folder {item_id}/ or quiz file {item_id}{QUIZ_SUFFIX}; create one or remove it from `items`")),
                _ => self.report(&file, line, format!("{item_id:?} names more than one of a lesson ({item_id}.md), an exercise folder and a quiz ({item_id}{QUIZ_SUFFIX}); rename all but one")),
            }
        }
        self.unlisted(
            dir,
            &file,
            &seen,
            |name, is_dir| {
                !name.starts_with('.')
                    && !name.ends_with(translation::SPANISH_LESSON_SUFFIX)
                    && (is_dir || name.ends_with(".md") || name.ends_with(QUIZ_SUFFIX))
            },
            "lesson, exercise or quiz",
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
        let (front, body, body_line) = split_front_matter(&text);
        let meta = match front {
            Some(Ok(front)) => {
                self.toml_text::<FrontMatter>(
                    file,
                    front.to_string(),
                    &["introduces", "source"],
                    1,
                )?
                .0
            }
            Some(Err(())) => {
                self.report(file, Some(1), "the front matter that starts with `+++` has no closing `+++` line; add one before the title");
                return None;
            }
            None => FrontMatter::default(),
        };
        let first = body.lines().next().unwrap_or("");
        let Some(title) = first
            .strip_prefix("# ")
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            self.report(
                file,
                Some(body_line),
                "a lesson must start with its title as a level-one heading, like \"# Variables\" (after the front matter, if it has one)",
            );
            return None;
        };
        let introduces: Vec<String> = meta
            .introduces
            .iter()
            .map(|c| concept_key(c))
            .filter(|c| !c.is_empty())
            .collect();
        if let Some(known) = self.introduced.as_mut() {
            known.extend(introduces.iter().cloned());
        }
        let es = self.lesson_es(file, id, &text);
        let images = self.images(file, body, body_line);
        Some(Lesson {
            id: id.to_string(),
            title: title.to_string(),
            introduces,
            parts: markdown::to_lesson_parts_with(body, body_line as u32, &images),
            es,
        })
    }

    /// The Spanish version of the lesson in `file` (`ID.es.md` beside it), checked against the
    /// English text it says it was made from.
    fn lesson_es(&mut self, file: &Path, id: &str, english: &str) -> Option<Box<LessonEs>> {
        let es_file = file.with_file_name(format!("{id}{}", translation::SPANISH_LESSON_SUFFIX));
        if !self.files.is_file(&es_file) {
            if self.spanish_required {
                self.report(file, None, format!("the pack promises Spanish (languages in pack.toml), but this lesson has no {id}.es.md; translate it, with source = \"{}\" in its front matter", translation::source_hash(english)));
            }
            return None;
        }
        let text = self.read(&es_file)?;
        let (front, body, body_line) = split_front_matter(&text);
        let source = match front {
            Some(Ok(front)) => {
                self.toml_text::<FrontMatter>(
                    &es_file,
                    front.to_string(),
                    &["introduces", "source"],
                    1,
                )?
                .0
                .source
            }
            _ => None,
        };
        self.check_translation_source(
            &es_file,
            source.as_deref(),
            english,
            "front matter: source = ",
        );
        let title = body
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# "))
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let Some(title) = title else {
            self.report(&es_file, Some(body_line), "a translated lesson starts with its title as a level-one heading, like \"# Variables\", as the English one does");
            return None;
        };
        let images = self.images(&es_file, body, body_line);
        Some(Box::new(LessonEs {
            title: title.to_string(),
            parts: markdown::to_lesson_parts_with(body, body_line as u32, &images),
        }))
    }

    /// Takes in the pack's own images that `markdown` shows (Markdown from `file`, starting at its
    /// line `first_line`), reporting each one that is missing, outside the pack, too large or not
    /// an image of a kind browsers show; returns the address each is shown from.
    fn images(&mut self, file: &Path, markdown: &str, first_line: usize) -> markdown::ImageUrls {
        let mut urls = markdown::ImageUrls::new();
        for (src, offset) in markdown::local_images(markdown) {
            if urls.contains_key(&src) {
                continue;
            }
            let line = Some(first_line + line_of(markdown, offset) - 1);
            let Some(path) = self.image_path(file, &src) else {
                self.report(file, line, format!("the image {src:?} is outside the pack; put it in a folder of the pack, for example next to this file in images/"));
                continue;
            };
            let shown = path.display().to_string();
            let Some(ext) = assets::image_extension(&src) else {
                self.report(file, line, format!("the image {src:?} is not a kind the pack can carry; save it as one of {} (pictures for phones: PNG or WebP, under {} KB)", assets::IMAGE_EXTENSIONS.join(", "), assets::MAX_IMAGE_BYTES / 1024));
                continue;
            };
            let bytes = match self.files.read(&self.root.join(&path)) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    self.report(file, line, format!("the image {src:?} is not in the pack (looked for {shown}); add the file or fix the path, which is relative to this file"));
                    continue;
                }
                Err(e) => {
                    self.report(file, line, format!("cannot read the image {shown}: {e}"));
                    continue;
                }
            };
            if bytes.len() > assets::MAX_IMAGE_BYTES {
                self.report(file, line, format!("the image {shown} is {} KB; an image may be at most {} KB, so learners on phones get it quickly: make it smaller (fewer pixels, PNG with fewer colors, or WebP)", bytes.len() / 1024, assets::MAX_IMAGE_BYTES / 1024));
                continue;
            }
            if !assets::looks_like(&ext, &bytes) {
                self.report(file, line, format!("the image {shown} is not a {} file inside (it may be renamed or damaged); save it again as {ext}", ext.to_uppercase()));
                continue;
            }
            let url = assets::url_for(&bytes, &ext);
            let path = path
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            self.assets
                .entry(url.clone())
                .or_insert(Asset { path, bytes });
            urls.insert(src, url);
        }
        urls
    }

    /// The path, relative to the pack's folder, of the image `src` shown by `file`; `None` when
    /// `src` leads outside the pack.
    fn image_path(&self, file: &Path, src: &str) -> Option<PathBuf> {
        let dir = file.parent()?.strip_prefix(&self.root).ok()?;
        let mut parts: Vec<String> = dir
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        for part in src.split(['/', '\\']) {
            match part {
                "" | "." => {}
                ".." => {
                    parts.pop()?;
                }
                name => parts.push(name.to_string()),
            }
        }
        Some(parts.iter().collect())
    }

    /// Reports a translation that does not name its English source, or names an older one.
    fn check_translation_source(
        &mut self,
        file: &Path,
        declared: Option<&str>,
        english: &str,
        how: &str,
    ) {
        let now = translation::source_hash(english);
        match declared {
            Some(hash) if hash == now => {}
            Some(hash) => self.report(file, Some(1), format!("this translation is stale: it was made from English text {hash:?}, and the English is now {now:?}; bring the translation up to date, then set {how}\"{now}\"")),
            None => self.report(file, Some(1), format!("say which English text this translates, so a later change to it is noticed: add {how}\"{now}\"")),
        }
    }

    fn quiz(&mut self, file: &Path, id: &str) -> Option<Quiz> {
        let (raw, text): (QuizToml, _) = self.toml(file, &["title", "title_es", "questions"])?;
        if raw.title.trim().is_empty() {
            self.report(
                file,
                find_line(&text, "title"),
                "the title is empty; give the quiz a title",
            );
        }
        if raw.questions.is_empty() {
            self.report(
                file,
                None,
                "the quiz has no questions; add them as [[questions]] tables",
            );
        }
        let headers: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.trim() == "[[questions]]")
            .map(|(i, _)| i + 1)
            .collect();
        let translated =
            !raw.title_es.trim().is_empty() || raw.questions.iter().any(QuestionToml::has_spanish);
        if raw.title_es.trim().is_empty() && (translated || self.spanish_required) {
            self.report(
                file,
                find_line(&text, "title"),
                "the quiz has Spanish questions or the pack promises Spanish (languages in pack.toml), but no title_es; add the Spanish title",
            );
        }
        let mut questions = Vec::new();
        for (n, q) in raw.questions.into_iter().enumerate() {
            let line = headers.get(n).copied();
            let es = self.question_es(file, line, n + 1, &q, translated);
            if let Some(mut question) = self.question(file, line, n + 1, q) {
                question.es = es;
                questions.push(question);
            }
        }
        Some(Quiz {
            id: id.to_string(),
            title: raw.title,
            questions,
            title_es: raw.title_es.trim().to_string(),
        })
    }

    /// A question's Spanish text, checked to be whole and made from the English as it is now.
    /// Once a quiz carries any Spanish (or the pack promises it), every question needs it.
    fn question_es(
        &mut self,
        file: &Path,
        line: Option<usize>,
        n: usize,
        q: &QuestionToml,
        quiz_translated: bool,
    ) -> Option<Box<QuestionEs>> {
        if !q.has_spanish() {
            if quiz_translated || self.spanish_required {
                let hash = translation::source_hash(&q.english());
                self.report(file, line, format!("question {n}: the quiz is translated, but this question has no Spanish; add prompt_es (and text_es and explain_es for each option, or explain_es), with source_es = \"{hash}\""));
            }
            return None;
        }
        let mut missing = Vec::new();
        if q.prompt_es.trim().is_empty() {
            missing.push("prompt_es".to_string());
        }
        for (i, o) in q.options.iter().enumerate() {
            if o.text_es.trim().is_empty() || o.explain_es.trim().is_empty() {
                missing.push(format!("text_es and explain_es of option {}", i + 1));
            }
        }
        if q.options.is_empty() && q.explain_es.trim().is_empty() {
            missing.push("explain_es".to_string());
        }
        if !missing.is_empty() {
            self.report(
                file,
                line,
                format!(
                    "question {n}: the Spanish is incomplete; add {}",
                    missing.join(", ")
                ),
            );
        }
        let now = translation::source_hash(&q.english());
        match q.source_es.as_deref() {
            Some(hash) if hash == now => {}
            Some(hash) => self.report(file, line, format!("question {n}: the Spanish is stale: it was made from English {hash:?}, and the English is now {now:?}; bring the Spanish up to date, then set source_es = \"{now}\"")),
            None => self.report(file, line, format!("question {n}: say which English the Spanish translates, so a later change to it is noticed: add source_es = \"{now}\"")),
        }
        Some(Box::new(QuestionEs {
            prompt_html: markdown::inline_to_html(&q.prompt_es),
            options: q
                .options
                .iter()
                .map(|o| ChoiceEs {
                    text_html: markdown::inline_to_html(&o.text_es),
                    explain_html: markdown::inline_to_html(&o.explain_es),
                })
                .collect(),
            explain_html: markdown::inline_to_html(&q.explain_es),
            accepted: q.answers_es.clone(),
        }))
    }

    fn question(
        &mut self,
        file: &Path,
        line: Option<usize>,
        n: usize,
        q: QuestionToml,
    ) -> Option<Question> {
        let mut problems = Vec::new();
        if q.prompt.trim().is_empty() {
            problems.push("the prompt is empty; write the question in `prompt`".to_string());
        }
        let correct = q.options.iter().filter(|o| o.correct).count();
        let choices = |options: &[ChoiceToml], problems: &mut Vec<String>| -> Vec<Choice> {
            for (i, o) in options.iter().enumerate() {
                if o.text.trim().is_empty() || o.explain.trim().is_empty() {
                    problems.push(format!(
                        "option {} needs both `text` and `explain` (why it is right or wrong)",
                        i + 1
                    ));
                }
            }
            options
                .iter()
                .map(|o| Choice {
                    text_html: markdown::inline_to_html(&o.text),
                    correct: o.correct,
                    explain_html: markdown::inline_to_html(&o.explain),
                })
                .collect()
        };
        let answer = match q.kind.as_str() {
            "single" => {
                if !(2..=6).contains(&q.options.len()) || correct != 1 {
                    problems.push(format!("a \"single\" question needs 2 to 6 options with exactly one `correct = true`; it has {} options and {correct} correct", q.options.len()));
                }
                Answer::Single {
                    options: choices(&q.options, &mut problems),
                }
            }
            "multiple" => {
                if !(3..=8).contains(&q.options.len()) || correct == 0 {
                    problems.push(format!("a \"multiple\" question needs 3 to 8 options with at least one `correct = true`; it has {} options and {correct} correct", q.options.len()));
                }
                Answer::Multiple {
                    options: choices(&q.options, &mut problems),
                }
            }
            "predict" => {
                if q.code.as_deref().is_none_or(|c| c.trim().is_empty()) {
                    problems.push(
                        "a \"predict\" question needs `code`: the program whose output the learner predicts".to_string(),
                    );
                }
                if q.answers.iter().all(|a| a.trim().is_empty()) || q.explain.trim().is_empty() {
                    problems.push(
                        "a \"predict\" question needs `answers` (what the program prints, its lines joined by spaces) and `explain`".to_string(),
                    );
                }
                if !q.options.is_empty() {
                    problems
                        .push("a \"predict\" question has no `options`; remove them".to_string());
                }
                Answer::Text {
                    accepted: q.answers,
                    explain_html: markdown::inline_to_html(&q.explain),
                }
            }
            "text" => {
                if q.code.is_some() {
                    problems.push("only a \"predict\" question has `code`; use kind = \"predict\" or remove it".to_string());
                }
                if q.answers.iter().all(|a| a.trim().is_empty()) || q.explain.trim().is_empty() {
                    problems.push(
                        "a \"text\" question needs `answers` (the accepted answers) and `explain`"
                            .to_string(),
                    );
                }
                if !q.options.is_empty() {
                    problems.push("a \"text\" question has no `options`; remove them or use kind = \"single\"".to_string());
                }
                Answer::Text {
                    accepted: q.answers,
                    explain_html: markdown::inline_to_html(&q.explain),
                }
            }
            other => {
                problems.push(format!(
                    "kind {other:?} is not known; use \"single\", \"multiple\", \"text\" or \"predict\""
                ));
                return self.question_problems(file, line, n, problems);
            }
        };
        if !problems.is_empty() {
            return self.question_problems(file, line, n, problems);
        }
        let mut prompt_html = markdown::inline_to_html(&q.prompt);
        if let Some(code) = &q.code {
            let fence = "`".repeat(3.max(longest_backtick_run(code) + 1));
            prompt_html +=
                &markdown::to_html(&format!("{fence}js\n{}\n{fence}\n", code.trim_end()));
        }
        Some(Question {
            prompt_html,
            answer,
            code: q.code,
            es: None,
        })
    }

    fn question_problems(
        &mut self,
        file: &Path,
        line: Option<usize>,
        n: usize,
        problems: Vec<String>,
    ) -> Option<Question> {
        for p in problems {
            self.report(file, line, format!("question {n}: {p}"));
        }
        None
    }

    fn glossary(&mut self, file: &Path) -> Vec<Term> {
        if !self.files.is_file(file) {
            return Vec::new();
        }
        let Some((raw, text)) = self.toml::<GlossaryToml>(file, &["terms"]) else {
            return Vec::new();
        };
        let mut seen = HashSet::new();
        let mut terms = Vec::new();
        for t in raw.terms {
            let line = find_quoted(&text, &t.term);
            if [&t.term, &t.es, &t.definition]
                .iter()
                .any(|v| v.trim().is_empty())
            {
                self.report(
                    file,
                    line,
                    format!("term {:?} needs `term`, `es` and `definition`", t.term),
                );
                continue;
            }
            if !seen.insert(t.term.to_lowercase()) {
                self.report(
                    file,
                    line,
                    format!("term {:?} is defined twice; keep one", t.term),
                );
                continue;
            }
            terms.push(Term {
                term: t.term,
                es: t.es,
                definition_html: markdown::inline_to_html(&t.definition),
                definition_es_html: markdown::inline_to_html(&t.definition_es),
            });
        }
        terms.sort_by_key(|t| t.term.to_lowercase());
        terms
    }

    fn exercise(&mut self, dir: &Path, id: &str) -> Option<Exercise> {
        let file = dir.join("exercise.toml");
        let meta: Option<(ExerciseToml, _)> = self.toml(
            &file,
            &[
                "title",
                "kind",
                "difficulty",
                "minutes",
                "concepts",
                "hints",
                "time_limit_ms",
                "files",
                "import_as",
                "checks",
                "title_es",
                "hints_es",
                "page",
            ],
        );
        // A page exercise whose learner writes the HTML or the style sheet has
        // starter.html/solution.html (or .css) in place of the script's files.
        let edit = meta
            .as_ref()
            .and_then(|(m, _)| m.page.as_ref())
            .and_then(|p| p.edit().ok())
            .unwrap_or_default();
        let ext = edit.extension();
        if edit != PageEdit::Script {
            for name in ["starter.js", "solution.js"] {
                let path = dir.join(name);
                if self.files.is_file(&path) {
                    self.report(
                        &path,
                        None,
                        format!("the learner writes this page's {} (starter.{ext}), so the page has no script; remove {name}", ext.to_uppercase()),
                    );
                }
            }
        }
        let [instructions, starter, solution] = [
            "instructions.md".to_string(),
            format!("starter.{ext}"),
            format!("solution.{ext}"),
        ]
        .map(|name| self.read(&dir.join(name)));
        let uses_checks = meta.as_ref().is_some_and(|(m, _)| !m.checks.is_empty());
        let writes_tests = meta
            .as_ref()
            .is_some_and(|(m, _)| m.kind.as_deref() == Some(ExerciseKind::Tests.name()));
        let tests_file = dir.join("tests.js");
        let under_test = if writes_tests {
            self.under_test(dir)
        } else {
            None
        };
        let tests = if writes_tests {
            if self.files.is_file(&tests_file) {
                self.report(
                    &tests_file,
                    None,
                    "a `tests` exercise has no tests.js: the learner writes the tests (starter.js) and solution.js is a model test file; remove tests.js",
                );
            }
            Some(String::new())
        } else if uses_checks {
            if self.files.is_file(&tests_file) {
                self.report(
                    &tests_file,
                    None,
                    "the exercise has both [[checks]] in exercise.toml and tests.js; keep one of them",
                );
            }
            Some(String::new())
        } else {
            self.read(&tests_file)
        };
        let [before, after] =
            ["before.js", "after.js"].map(|name| self.around_checks(dir, name, uses_checks));
        let around =
            (!before.is_empty() || !after.is_empty()).then(|| Box::new(Around { before, after }));
        let (meta, text) = meta?;
        for (n, check) in meta.checks.iter().enumerate() {
            if check.text.trim().is_empty() || check.code.trim().is_empty() {
                self.report(
                    &file,
                    find_nth_table(&text, "[[checks]]", n),
                    format!(
                        "check {}: needs `text` (what it checks, shown to the learner) and `code`",
                        n + 1
                    ),
                );
            }
        }
        let kind = match meta.kind.as_deref() {
            None => ExerciseKind::Write,
            Some(name) => match ExerciseKind::ALL.into_iter().find(|k| k.name() == name) {
                Some(k) => k,
                None => {
                    let names: Vec<&str> = ExerciseKind::ALL.iter().map(|k| k.name()).collect();
                    self.report(
                        &file,
                        find_line(&text, "kind"),
                        format!("unknown kind {name:?}; use one of {}", names.join(", ")),
                    );
                    ExerciseKind::Write
                }
            },
        };
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
        if !self.imported && meta.hints.iter().all(|h| h.trim().is_empty()) {
            self.report(
                &file,
                find_line(&text, "hints"),
                "add at least one hint to `hints`",
            );
        }
        if let Some(known) = &self.introduced {
            let missing: Vec<&String> = meta
                .concepts
                .iter()
                .filter(|c| !known.contains(&concept_key(c)))
                .collect();
            for concept in missing {
                self.report(
                    &file,
                    find_line(&text, "concepts"),
                    format!("concept {concept:?} is not introduced by any lesson before this exercise; add it to the `introduces` front matter of the lesson that teaches it, or remove it from `concepts`"),
                );
            }
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
        let files = self.helper_files(dir, &file, &text, &meta.files);
        let es = self.exercise_es(dir, &file, &text, &meta, instructions.as_deref());
        let page = self.page(dir, &file, &text, meta.page);
        if let Some(name) = &meta.import_as {
            let bare = name.strip_prefix("./").unwrap_or("");
            if bare.is_empty() || !crate::files::is_inside(bare) || bare.contains('/') {
                self.report(
                    &file,
                    find_line(&text, "import_as"),
                    format!("import_as {name:?} must be a name in the exercise's folder starting with \"./\", like \"./two-fer\""),
                );
            }
        }
        Some(Exercise {
            id: id.to_string(),
            title: meta.title,
            kind,
            difficulty: meta.difficulty,
            minutes: meta.minutes,
            concepts: meta.concepts,
            hints: meta
                .hints
                .iter()
                .map(|h| markdown::inline_to_html(h))
                .collect(),
            time_limit_ms,
            instructions_html: {
                let instructions = instructions?;
                let images = self.images(&dir.join("instructions.md"), &instructions, 1);
                markdown::to_html_with(&instructions, &images)
            },
            starter: starter?,
            solution: solution?,
            tests: tests?,
            files,
            import_as: meta.import_as,
            checks: meta
                .checks
                .into_iter()
                .map(|c| Check {
                    text: c.text,
                    code: c.code,
                })
                .collect(),
            around,
            es,
            under_test,
            page,
        })
    }

    /// A page exercise's page, when the folder has an `index.html` (or the learner writes the
    /// page's HTML, `[page] edit = "html"`).
    fn page(
        &mut self,
        dir: &Path,
        toml_file: &Path,
        text: &str,
        table: Option<crate::page::PageToml>,
    ) -> Option<Box<ExercisePage>> {
        let edit = table
            .as_ref()
            .and_then(|t| t.edit().ok())
            .unwrap_or_default();
        let html_file = dir.join("index.html");
        let css_file = dir.join("style.css");
        let has_html = self.files.is_file(&html_file);
        let html = match edit {
            PageEdit::Html => {
                if has_html {
                    self.report(
                        &html_file,
                        None,
                        "the learner writes this page's HTML (starter.html, with solution.html as the model answer); remove index.html",
                    );
                }
                String::new()
            }
            _ if !has_html => {
                if table.is_some() {
                    self.report(
                        toml_file,
                        find_line(text, "[page]"),
                        "the exercise has a [page] table but no index.html; add the page's HTML as index.html, or remove [page]",
                    );
                }
                return None;
            }
            _ => self.read(&html_file)?,
        };
        let css = if !self.files.is_file(&css_file) {
            None
        } else if edit == PageEdit::Css {
            self.report(
                &css_file,
                None,
                "the learner writes this page's style sheet (starter.css, with solution.css as the model answer); remove style.css",
            );
            None
        } else {
            self.read(&css_file)
        };
        let (page, problems) =
            crate::page::build(dir, html, css, table, &mut |path| self.read(path));
        for p in problems {
            let line = match p.route {
                Some(n) => find_nth_table(text, "[[page.routes]]", n),
                None if p.file == toml_file && p.message.starts_with("edit =") => {
                    find_line(text, "edit")
                }
                None if p.file == toml_file => find_line(text, "url"),
                None => None,
            };
            self.report(&p.file, line, p.message);
        }
        Some(Box::new(page))
    }

    /// An exercise's Spanish text: `instructions.es.md` (checked against `instructions.md`),
    /// `title_es` and `hints_es` (one per English hint).
    fn exercise_es(
        &mut self,
        dir: &Path,
        toml_file: &Path,
        text: &str,
        meta: &ExerciseToml,
        english: Option<&str>,
    ) -> Option<Box<ExerciseEs>> {
        let es_file = dir.join(translation::SPANISH_INSTRUCTIONS);
        let instructions_html = if self.files.is_file(&es_file) {
            let translated = self.read(&es_file).unwrap_or_default();
            let (source, body) = translation::split_source_comment(&translated);
            if let Some(english) = english {
                self.check_translation_source(
                    &es_file,
                    source,
                    english,
                    "a first line <!-- source: HASH --> with HASH = ",
                );
            }
            let first_line = 1 + translated[..translated.len() - body.len()]
                .matches('\n')
                .count();
            let images = self.images(&es_file, body, first_line);
            markdown::to_html_with(body, &images)
        } else {
            if self.spanish_required {
                let hash = english.map(translation::source_hash).unwrap_or_default();
                self.report(&es_file, None, format!("the pack promises Spanish (languages in pack.toml), but this exercise has no instructions.es.md; translate instructions.md, starting with the line <!-- source: {hash} -->"));
            }
            String::new()
        };
        if !meta.hints_es.is_empty() && meta.hints_es.len() != meta.hints.len() {
            self.report(
                toml_file,
                find_line(text, "hints_es"),
                format!("hints_es has {} hints and hints has {}; translate each hint, in the same order", meta.hints_es.len(), meta.hints.len()),
            );
        }
        if self.spanish_required && meta.hints_es.is_empty() && !meta.hints.is_empty() {
            self.report(toml_file, find_line(text, "hints"), "the pack promises Spanish (languages in pack.toml): add hints_es, one Spanish hint for each of `hints`");
        }
        let es = ExerciseEs {
            title: meta.title_es.trim().to_string(),
            instructions_html,
            hints: meta
                .hints_es
                .iter()
                .map(|h| markdown::inline_to_html(h))
                .collect(),
        };
        (es != ExerciseEs::default()).then(|| Box::new(es))
    }

    /// An assert-style exercise's optional `before.js` or `after.js`, which run around the
    /// learner's script; other exercises import the learner's code, so there is no "around".
    fn around_checks(&mut self, dir: &Path, name: &str, uses_checks: bool) -> String {
        let path = dir.join(name);
        if !self.files.is_file(&path) {
            return String::new();
        }
        if !uses_checks {
            self.report(
                &path,
                None,
                format!("{name} runs only around an exercise graded by [[checks]] in exercise.toml; this one has tests.js, so set things up inside tests.js and remove {name}"),
            );
            return String::new();
        }
        self.read(&path).unwrap_or_default()
    }

    /// A `tests` exercise's correct implementation (`implementation.js`) and broken versions
    /// (`broken/*.js`, each starting with a `//` comment that says what is wrong with it).
    fn under_test(&mut self, dir: &Path) -> Option<Box<UnderTest>> {
        let implementation = self.read(&dir.join("implementation.js"));
        let folder = dir.join("broken");
        let mut names: Vec<String> = match self.files.list(&folder) {
            Ok(entries) => entries
                .into_iter()
                .filter(|(name, is_dir)| !is_dir && name.ends_with(".js"))
                .map(|(name, _)| name)
                .collect(),
            Err(_) => Vec::new(),
        };
        names.sort();
        if names.is_empty() {
            self.report(
                &folder,
                None,
                "a `tests` exercise needs broken versions for the learner's tests to catch: add broken/NAME.js files, each the function with one mistake",
            );
        }
        let mut broken = Vec::new();
        for name in names {
            let file = folder.join(&name);
            let Some(code) = self.read(&file) else {
                continue;
            };
            let mistake = code
                .lines()
                .next()
                .and_then(|l| l.trim().strip_prefix("//"))
                .map(|m| m.trim().trim_end_matches('.').to_string())
                .filter(|m| !m.is_empty());
            match mistake {
                Some(mistake) => broken.push(BrokenVersion { mistake, code }),
                None => self.report(
                    &file,
                    Some(1),
                    "start the file with a comment that says what is wrong with this version, finishing \"a version that…\", like `// forgets the last item`",
                ),
            }
        }
        Some(Box::new(UnderTest {
            implementation: implementation?,
            broken,
        }))
    }

    /// Reads the helper files an exercise lists in `files`: JavaScript files inside its folder,
    /// other than the four every exercise has.
    fn helper_files(
        &mut self,
        dir: &Path,
        toml_file: &Path,
        text: &str,
        listed: &[String],
    ) -> BTreeMap<String, String> {
        let mut files = BTreeMap::new();
        for path in listed {
            let inside = crate::files::is_inside(path);
            let problem = if !inside {
                Some(format!("helper file {path:?} must be a path inside the exercise folder, like \"data.js\" or \"lib/shapes.js\""))
            } else if ![".js", ".mjs", ".cjs"]
                .iter()
                .any(|ext| path.ends_with(ext))
            {
                Some(format!(
                    "helper file {path:?} must be JavaScript (.js, .mjs or .cjs)"
                ))
            } else if EXERCISE_FILES.contains(&path.as_str()) {
                Some(format!("{path:?} is one of the exercise's own files; list only extra helper files in `files`"))
            } else {
                None
            };
            match problem {
                Some(message) => self.report(toml_file, find_line(text, "files"), message),
                None => {
                    if let Some(source) = self.read(&dir.join(path)) {
                        files.insert(path.clone(), source);
                    }
                }
            }
        }
        files
    }
}

/// Splits `+++`-delimited TOML front matter from a lesson: (front matter, body, body's first
/// line number). `Some(Err(()))` when the front matter is never closed.
fn split_front_matter(text: &str) -> (Option<Result<&str, ()>>, &str, usize) {
    let Some(rest) = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
    else {
        return (None, text, 1);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            // A closing `+++` without a newline ends the file, so the (empty) body is on its line.
            let body_line = 2 + front.matches('\n').count() + usize::from(line.ends_with('\n'));
            return (Some(Ok(front)), body, body_line);
        }
        offset += line.len();
    }
    (Some(Err(())), text, 1)
}

/// Concepts match ignoring case and spacing: "For Loops" is "for loops".
fn concept_key(concept: &str) -> String {
    concept
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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

/// The line of the `n`th (from 0) `[[table]]` header.
fn find_nth_table(text: &str, header: &str, n: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .nth(n)
        .map(|(i, _)| i + 1)
}

/// The line where the string `"value"` appears, to point at one entry of a list.
fn find_quoted(text: &str, value: &str) -> Option<usize> {
    let dq = format!("\"{value}\"");
    let sq = format!("'{value}'");
    text.lines()
        .position(|l| l.contains(&dq) || l.contains(&sq))
        .map(|i| i + 1)
}

/// The longest run of backticks in `text`, so a fence around it can be longer.
fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}
