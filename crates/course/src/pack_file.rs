//! The one-file pack: a pack folder's text files in one JSON document, the form in which a pack
//! travels to learners (a link, a file, a site's `packs/` folder). It carries sources, not
//! rendered HTML, so whoever opens it validates it and renders its Markdown with this crate's
//! loader and sanitizer, never trusting HTML made elsewhere. The format is described in
//! docs/pack-format.md.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::assets::Asset;
use crate::files::{Disk, Files, InMemory};
use crate::load::load_pack_from;
use crate::model::Pack;
use crate::problem::LoadError;

/// The `format` field of a one-file pack.
pub const FORMAT: &str = "puente-pack";
/// The newest version of the layout this build reads. It writes version 1 for a pack without
/// images, so older builds still open those; version 2 adds `images`.
pub const VERSION: u32 = 2;
/// A one-file pack larger than this is refused before it is parsed. The fundamentals course,
/// 21 modules of lessons and exercises, is well under 2 MB.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;
/// At most this many files: far beyond any real course, low enough to bound the work.
pub const MAX_FILES: usize = 10_000;

/// The kinds of file a pack is made of; anything else in the folder is left out.
const EXTENSIONS: [&str; 8] = [
    ".toml", ".md", ".js", ".mjs", ".cjs", ".html", ".css", ".json",
];

#[derive(Serialize, Deserialize)]
struct PackFile {
    format: String,
    version: u32,
    /// The pack's id and title, readable without loading it (for lists of courses).
    #[serde(default)]
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    pack_version: String,
    /// Text files by path relative to the pack folder, `/` between folders.
    files: BTreeMap<String, String>,
    /// The images the pack's Markdown shows, by the same kind of path.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    images: Vec<Asset>,
}

/// Why a one-file pack cannot be opened. Serializable: the browser opens pack files in the
/// grading worker, which sends this back to the page.
#[derive(Debug, Error, Serialize, Deserialize)]
pub enum OpenError {
    #[error("the file is {size} bytes; a pack file may be at most {MAX_BYTES} bytes (16 MB)")]
    TooLarge { size: usize },
    #[error("the file is not a pack file: it is not valid JSON ({0})")]
    NotJson(String),
    #[error(
        "the file is not a pack file (it has no \"format\": \"{FORMAT}\"); make one with \
         `puente build PACK_FOLDER --out FILE`"
    )]
    NotAPack,
    #[error(
        "the pack file has format version {0}, newer than this Puente reads ({VERSION}); \
         update Puente or rebuild the pack with this version's `puente build`"
    )]
    Newer(u32),
    #[error("the pack file has {0} files; at most {MAX_FILES} are allowed")]
    TooManyFiles(usize),
    #[error("the pack file names a file outside the pack: {0:?}")]
    BadPath(String),
    #[error(transparent)]
    Invalid(#[from] LoadError),
}

/// Collects the pack folder `dir` into a one-file pack (JSON). The pack is validated first, so
/// a file that loads here loads everywhere.
pub fn write(dir: &Path) -> Result<String, WriteError> {
    let pack = crate::load::load_pack(dir)?;
    let mut files = BTreeMap::new();
    collect(dir, Path::new(""), &mut files)?;
    let images: Vec<Asset> = pack.assets.into_values().collect();
    let file = PackFile {
        format: FORMAT.to_string(),
        version: if images.is_empty() { 1 } else { VERSION },
        id: pack.id,
        title: pack.title,
        pack_version: pack.version,
        files,
        images,
    };
    Ok(serde_json::to_string(&file).expect("a pack file always serializes"))
}

/// Why a pack folder could not be written as one file.
#[derive(Debug, Error)]
pub enum WriteError {
    #[error(transparent)]
    Invalid(#[from] LoadError),
    #[error("cannot read the pack folder: {0}")]
    Io(#[from] io::Error),
}

fn collect(root: &Path, rel: &Path, out: &mut BTreeMap<String, String>) -> io::Result<()> {
    let mut entries = Disk.list(&root.join(rel))?;
    entries.sort();
    for (name, is_dir) in entries {
        if name.starts_with('.') {
            continue;
        }
        let path = rel.join(&name);
        // An exercise's known-wrong solutions are for the author's check, not for learners.
        let authoring_only = name == "wrong" && Disk.is_file(&root.join(rel).join("exercise.toml"));
        if is_dir && !authoring_only {
            collect(root, &path, out)?;
        } else if EXTENSIONS.iter().any(|ext| name.ends_with(ext)) {
            let text = std::fs::read_to_string(root.join(&path))?;
            let key = path
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.insert(key, text);
        }
    }
    Ok(())
}

/// Reads a one-file pack into its files, without validating the pack.
pub fn read(text: &str) -> Result<InMemory, OpenError> {
    if text.len() > MAX_BYTES {
        return Err(OpenError::TooLarge { size: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| OpenError::NotJson(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(OpenError::NotAPack);
    }
    if let Some(v) = value.get("version").and_then(|v| v.as_u64()) {
        if v > u64::from(VERSION) {
            return Err(OpenError::Newer(v.try_into().unwrap_or(u32::MAX)));
        }
    }
    let file: PackFile =
        serde_json::from_value(value).map_err(|e| OpenError::NotJson(e.to_string()))?;
    let count = file.files.len() + file.images.len();
    if count > MAX_FILES {
        return Err(OpenError::TooManyFiles(count));
    }
    let mut files = InMemory::new();
    let images = file.images.into_iter().map(|a| (a.path, a.bytes));
    let texts = file.files.into_iter().map(|(p, t)| (p, t.into_bytes()));
    for (path, contents) in texts.chain(images) {
        let inside = crate::files::is_inside(&path);
        if !inside {
            return Err(OpenError::BadPath(path));
        }
        files.insert(&path, contents);
    }
    Ok(files)
}

/// Opens a one-file pack: reads it, then loads and validates it like a pack folder.
pub fn open(text: &str) -> Result<Pack, OpenError> {
    let files = read(text)?;
    Ok(load_pack_from(&files, Path::new(""))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> BTreeMap<&'static str, &'static str> {
        BTreeMap::from([
            (
                "pack.toml",
                "id = \"tiny\"\ntitle = \"Tiny\"\nversion = \"1.0.0\"\nmodules = [\"intro\"]\n",
            ),
            (
                "intro/module.toml",
                "title = \"Intro\"\nitems = [\"hello\"]\n",
            ),
            (
                "intro/hello.md",
                "# Hello\n\n[safe](https://example.com) [unsafe](javascript:alert(1)) <script>alert(1)</script>\n",
            ),
        ])
    }

    fn as_file(files: &BTreeMap<&str, &str>) -> String {
        serde_json::json!({ "format": FORMAT, "version": VERSION, "files": files }).to_string()
    }

    #[test]
    fn a_pack_file_opens_and_its_markdown_is_rendered_here() {
        let pack = open(&as_file(&minimal())).unwrap();
        assert_eq!(pack.id, "tiny");
        let crate::Item::Lesson(lesson) = &pack.modules[0].items[0] else {
            panic!("a lesson")
        };
        let html = format!("{:?}", lesson.parts);
        assert!(html.contains("https://example.com"));
        assert!(!html.contains("javascript:"));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn problems_name_the_file_inside_the_pack() {
        let mut files = minimal();
        files.insert(
            "intro/module.toml",
            "title = \"Intro\"\nitems = [\"hello\", \"missing\"]\n",
        );
        let Err(OpenError::Invalid(e)) = open(&as_file(&files)) else {
            panic!("invalid")
        };
        assert_eq!(e.problems[0].file, Path::new("intro/module.toml"));
        assert_eq!(e.problems[0].line, Some(2));
    }

    #[test]
    fn what_is_not_a_pack_file_is_refused_with_the_reason() {
        assert!(matches!(open("{\"files\""), Err(OpenError::NotJson(_))));
        assert!(matches!(open("{\"files\":{}}"), Err(OpenError::NotAPack)));
        assert!(matches!(
            open(&serde_json::json!({"format": FORMAT, "version": 99, "files": {}}).to_string()),
            Err(OpenError::Newer(99))
        ));
        let escape =
            serde_json::json!({"format": FORMAT, "version": 1, "files": {"../etc/x.md": ""}});
        assert!(matches!(
            open(&escape.to_string()),
            Err(OpenError::BadPath(_))
        ));
        let huge = " ".repeat(MAX_BYTES + 1);
        assert!(matches!(open(&huge), Err(OpenError::TooLarge { .. })));
    }

    #[test]
    fn the_fundamentals_pack_round_trips_through_one_file() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packs/fundamentals");
        let text = write(&dir).unwrap();
        assert_eq!(open(&text).unwrap(), crate::load_pack(&dir).unwrap());
    }

    /// The app reads the built-in course as the loaded pack serialized (course.json).
    #[test]
    fn the_fundamentals_pack_round_trips_through_its_compiled_json() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packs/fundamentals");
        let pack = crate::load_pack(&dir).unwrap();
        let json = serde_json::to_string(&pack).unwrap();
        let back: crate::Pack = serde_json::from_str(&json).unwrap();
        assert_eq!(back, pack);
    }
}
