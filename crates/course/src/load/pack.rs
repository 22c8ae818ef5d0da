//! The pack, its modules, its `[source]` and its glossary.

use super::*;

impl Loader<'_> {
    pub(super) fn pack(&mut self, dir: &Path) -> Option<Pack> {
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

    pub(super) fn source(
        &mut self,
        dir: &Path,
        file: &Path,
        text: &str,
        raw: SourceToml,
    ) -> Source {
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

    pub(super) fn module(&mut self, dir: &Path, id: &str) -> Option<Module> {
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

    pub(super) fn glossary(&mut self, file: &Path) -> Vec<Term> {
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
}
