//! `puente import exercism|fcc DIR --out PACK_DIR`: turns another course's exercises into a pack
//! that `puente check` can judge. What cannot be converted is reported, one line per exercise with
//! the reason, and left out, so one odd exercise does not cost the rest.

mod exercism;
mod fcc;
mod fcc_english;

use crate::output::outln;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum From {
    /// An Exercism track's exercises folder (concept/ and practice/), or one of those folders.
    Exercism,
    /// freeCodeCamp challenges: a folder of Markdown challenge files, or JSON challenge bundles.
    Fcc,
}

/// A pack being assembled in memory; nothing is written until the whole import is done.
#[derive(Default)]
pub struct PackOut {
    pub files: BTreeMap<PathBuf, String>,
    pub modules: Vec<(String, String, Vec<String>)>,
    pub converted: usize,
    pub skipped: Vec<(String, String)>,
    /// What was left out or needs the instructor's attention in what did convert.
    pub notes: Vec<String>,
}

impl PackOut {
    /// Gives every exercise at least `ms` of wall-clock time per grading.
    pub fn raise_time_limits(&mut self, ms: u32) {
        for (path, text) in self.files.iter_mut() {
            if !path.ends_with("exercise.toml") {
                continue;
            }
            let current = text
                .lines()
                .find_map(|l| l.strip_prefix("time_limit_ms = "))
                .and_then(|v| v.trim().parse::<u32>().ok());
            match current {
                Some(old) if old >= ms => {}
                Some(old) => {
                    *text = text.replace(
                        &format!("time_limit_ms = {old}\n"),
                        &format!("time_limit_ms = {ms}\n"),
                    )
                }
                // Top-level keys go before the first table (`[[checks]]`), or they join it.
                None => {
                    let at = text.find("\n[").map_or(text.len(), |i| i + 1);
                    text.insert_str(at, &format!("time_limit_ms = {ms}\n"));
                }
            }
        }
    }

    pub fn file(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) {
        self.files.insert(path.into(), text.into());
    }

    /// Adds `item` to module `id`, creating the module (titled `title`) the first time.
    pub fn item(&mut self, module: &str, title: &str, item: &str) {
        match self.modules.iter_mut().find(|(id, _, _)| id == module) {
            Some((_, _, items)) => items.push(item.to_string()),
            None => self.modules.push((
                module.to_string(),
                title.to_string(),
                vec![item.to_string()],
            )),
        }
    }

    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    pub fn skip(&mut self, what: impl Into<String>, why: impl Into<String>) {
        self.skipped.push((what.into(), why.into()));
    }
}

pub fn run(
    from: From,
    input: &Path,
    out: &Path,
    time_limit: Option<u32>,
) -> anyhow::Result<ExitCode> {
    if !input.is_dir() && !matches!(from, From::Fcc) {
        bail!(
            "{} is not a folder; give the track's exercises folder",
            input.display()
        );
    }
    if out.exists()
        && std::fs::read_dir(out)
            .with_context(|| format!("cannot read {}", out.display()))?
            .next()
            .is_some()
    {
        bail!(
            "{} exists and is not empty; give a new folder with --out so nothing is overwritten",
            out.display()
        );
    }
    let mut pack = match from {
        From::Exercism => exercism::import(input)?,
        From::Fcc => fcc::import(input)?,
    };
    if let Some(ms) = time_limit {
        if !(100..=60_000).contains(&ms) {
            bail!("--time-limit {ms} is out of range; give 100 to 60000 milliseconds");
        }
        pack.raise_time_limits(ms);
    }
    for (what, why) in &pack.skipped {
        outln!("  not converted: {what}: {why}");
    }
    for note in &pack.notes {
        outln!("  note: {note}");
    }
    if pack.converted == 0 {
        bail!(
            "nothing in {} could be converted ({} skipped, listed above)",
            input.display(),
            pack.skipped.len()
        );
    }
    write(&pack, out)?;
    outln!(
        "Wrote {}: {} exercises in {} modules; {} not converted. Next: `puente check {}`.",
        out.display(),
        pack.converted,
        pack.modules.len(),
        pack.skipped.len(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn write(pack: &PackOut, out: &Path) -> anyhow::Result<()> {
    let mut files = pack.files.clone();
    for (id, title, items) in &pack.modules {
        files.insert(
            Path::new(id).join("module.toml"),
            format!(
                "title = {}\nitems = {}\n",
                toml_str(title),
                toml_list(items)
            ),
        );
    }
    for (path, text) in &files {
        let path = out.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// pack.toml's text for an imported pack.
pub fn pack_toml(pack: &PackOut, id: &str, title: &str, summary: &str, source: &str) -> String {
    let modules: Vec<String> = pack.modules.iter().map(|m| m.0.clone()).collect();
    format!(
        "id = {}\ntitle = {}\nversion = \"0.1.0\"\nsummary = {}\nmodules = {}\n\n{source}",
        toml_str(id),
        toml_str(title),
        toml_str(summary),
        toml_list(&modules)
    )
}

pub fn toml_str(s: &str) -> String {
    toml_edit::Value::from(s).to_string()
}

pub fn toml_list(items: &[String]) -> String {
    if items.is_empty() {
        return "[]".into();
    }
    let lines: Vec<String> = items
        .iter()
        .map(|i| format!("  {},\n", toml_str(i)))
        .collect();
    format!("[\n{}]", lines.concat())
}

/// A folder or file name turned into an id: lowercase letters, digits and single dashes.
pub fn to_id(name: &str) -> String {
    let mut id = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    // Ids are at most 64 characters; cut at a word so the id still reads.
    while id.len() > 64 {
        match id.rfind('-') {
            Some(i) => id.truncate(i),
            None => id.truncate(64),
        }
    }
    id.trim_end_matches('-').to_string()
}

/// "two-fer" as a title: "Two fer".
pub fn title_of(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_titles() {
        assert_eq!(to_id("Say Hello, World!"), "say-hello-world");
        assert_eq!(to_id("--two_fer--"), "two-fer");
        let long = to_id(&"word ".repeat(20));
        assert!(long.len() <= 64 && course::is_valid_id(&long), "{long}");
        assert_eq!(title_of("two-fer"), "Two fer");
        assert_eq!(toml_list(&["a".into()]), "[\n  \"a\",\n]");
    }
}
