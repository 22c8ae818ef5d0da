//! Exercises: their files, page, Spanish text, checks and the code under test.

use super::*;

impl Loader<'_> {
    pub(super) fn exercise(&mut self, dir: &Path, id: &str) -> Option<Exercise> {
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
    pub(super) fn page(
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
    pub(super) fn exercise_es(
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
    pub(super) fn around_checks(&mut self, dir: &Path, name: &str, uses_checks: bool) -> String {
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
    pub(super) fn under_test(&mut self, dir: &Path) -> Option<Box<UnderTest>> {
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
    pub(super) fn helper_files(
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
