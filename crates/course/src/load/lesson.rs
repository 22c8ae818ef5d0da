//! Lessons, their Spanish versions, the pictures they show, and translation sources.

use super::*;

impl Loader<'_> {
    pub(super) fn lesson(&mut self, file: &Path, id: &str) -> Option<Lesson> {
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
    pub(super) fn lesson_es(
        &mut self,
        file: &Path,
        id: &str,
        english: &str,
    ) -> Option<Box<LessonEs>> {
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
    pub(super) fn images(
        &mut self,
        file: &Path,
        markdown: &str,
        first_line: usize,
    ) -> markdown::ImageUrls {
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
    pub(super) fn image_path(&self, file: &Path, src: &str) -> Option<PathBuf> {
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
    pub(super) fn check_translation_source(
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
}
