//! Where a pack's files come from: a folder on disk (an instructor's working copy), or the files
//! carried inside a one-file pack (what a learner's browser opens). The loader reads both the same
//! way, so a pack opened in the browser is validated and its Markdown rendered exactly as
//! `puente check` does it.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// Read access to a tree of files.
pub trait Files {
    /// The bytes of the file at `path`; `NotFound` when there is none.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    fn is_file(&self, path: &Path) -> bool;
    fn is_dir(&self, path: &Path) -> bool;
    /// The names of the entries directly inside folder `dir`, with whether each is a folder.
    fn list(&self, dir: &Path) -> io::Result<Vec<(String, bool)>>;
}

/// The local file system.
pub struct Disk;

impl Files for Disk {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        fs::read(path)
    }

    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<(String, bool)>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            names.push((
                entry.file_name().to_string_lossy().into_owned(),
                entry.path().is_dir(),
            ));
        }
        Ok(names)
    }
}

/// Files held in memory by their path relative to the pack's root ("pack.toml",
/// "welcome/module.toml"). Folders exist implicitly, as the parents of files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InMemory {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl InMemory {
    pub fn new() -> Self {
        InMemory::default()
    }

    /// Adds a file; `path` is relative, with `/` between folders.
    pub fn insert(&mut self, path: &str, contents: impl Into<Vec<u8>>) {
        self.files.insert(normal(Path::new(path)), contents.into());
    }

    /// The files, by relative path.
    pub fn iter(&self) -> impl Iterator<Item = (&Path, &[u8])> {
        self.files.iter().map(|(p, c)| (p.as_path(), c.as_slice()))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Whether `path` (relative, `/` between folders) stays inside the folder it is relative to: not
/// empty, not absolute, no `\\`, no `.` or `..` parts.
pub fn is_inside(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// `path` without `.` parts, so "./a/b" and "a/b" name the same file.
fn normal(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect()
}

impl Files for InMemory {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files
            .get(&normal(path))
            .cloned()
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(&normal(path))
    }

    fn is_dir(&self, path: &Path) -> bool {
        let dir = normal(path);
        self.files
            .keys()
            .any(|p| p.starts_with(&dir) && p.as_path() != dir.as_path())
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<(String, bool)>> {
        let dir = normal(dir);
        let mut names: BTreeMap<String, bool> = BTreeMap::new();
        for path in self.files.keys() {
            let Ok(rest) = path.strip_prefix(&dir) else {
                continue;
            };
            let mut parts = rest.components();
            let Some(first) = parts.next() else { continue };
            let is_dir = parts.next().is_some();
            let entry = names
                .entry(first.as_os_str().to_string_lossy().into_owned())
                .or_default();
            *entry |= is_dir;
        }
        if names.is_empty() && !dir.as_os_str().is_empty() {
            return Err(io::Error::from(io::ErrorKind::NotFound));
        }
        Ok(names.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_the_parents_of_files() {
        let mut files = InMemory::new();
        files.insert("pack.toml", "id = 1");
        files.insert("welcome/module.toml", "");
        files.insert("welcome/say-hello/tests.js", "");
        assert!(files.is_dir(Path::new("")));
        assert!(files.is_dir(Path::new("welcome")));
        assert!(files.is_dir(Path::new("./welcome/say-hello")));
        assert!(!files.is_dir(Path::new("welcome/module.toml")));
        assert!(files.is_file(Path::new("welcome/module.toml")));
        assert_eq!(
            files.list(Path::new("welcome")).unwrap(),
            [
                ("module.toml".to_string(), false),
                ("say-hello".to_string(), true)
            ]
        );
        assert_eq!(
            files.read(Path::new("nope")).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
    }
}
