//! Exercism's JavaScript track: `exercises/concept/<slug>` and `exercises/practice/<slug>`, each
//! with `.docs/` (the text), `.meta/config.json` (which file is the stub, the spec, the proof)
//! and the track's `config.json` next to `exercises/` (names, concepts, difficulty).

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use serde_json::Value;

use super::{pack_toml, title_of, toml_list, toml_str, PackOut};

const SOURCE_NAME: &str = "Exercism JavaScript track";
const SOURCE_URL: &str = "https://github.com/exercism/javascript";
const LICENSE_FILE: &str = "LICENSE.md";

/// Where the exercises are, and the track around them when it is there.
struct Track {
    root: Option<PathBuf>,
    config: Option<Value>,
    /// (kind, exercise folder), kind being "concept" or "practice".
    folders: Vec<(&'static str, PathBuf)>,
}

fn find_track(input: &Path) -> anyhow::Result<Track> {
    let (root, exercises) = if input.join("exercises").is_dir() {
        (Some(input.to_path_buf()), input.join("exercises"))
    } else {
        let parent = input.parent().filter(|p| p.join("config.json").is_file());
        (parent.map(Path::to_path_buf), input.to_path_buf())
    };
    let mut folders = Vec::new();
    for kind in ["concept", "practice"] {
        let dir = exercises.join(kind);
        if dir.is_dir() {
            folders.extend(subfolders(&dir)?.into_iter().map(|d| (kind, d)));
        }
    }
    if folders.is_empty() {
        // A single concept/ or practice/ folder given directly.
        let kind = if exercises.ends_with("concept") {
            "concept"
        } else {
            "practice"
        };
        folders.extend(
            subfolders(&exercises)?
                .into_iter()
                .filter(|d| d.join(".meta").is_dir())
                .map(|d| (kind, d)),
        );
    }
    if folders.is_empty() {
        bail!(
            "{} is not an Exercism track: it has no concept/ or practice/ folder and no exercise folders with .meta/config.json; give the track's exercises folder",
            input.display()
        );
    }
    let root = root.or_else(|| {
        exercises
            .ancestors()
            .skip(1)
            .take(2)
            .find(|p| p.join("config.json").is_file())
            .map(Path::to_path_buf)
    });
    let config = match &root {
        Some(r) if r.join("config.json").is_file() => {
            let file = r.join("config.json");
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let value: Value = serde_json::from_str(&text).with_context(|| {
                format!(
                    "{} is not valid JSON; fix it, or move it away to import without the track's names and concepts",
                    file.display()
                )
            })?;
            if !value["exercises"].is_object() {
                bail!(
                    "{} has no \"exercises\" object, so it is not an Exercism track's config.json",
                    file.display()
                );
            }
            Some(value)
        }
        _ => None,
    };
    Ok(Track {
        root,
        config,
        folders,
    })
}

fn subfolders(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    Ok(out)
}

/// One exercise's entry in the track's config.json.
#[derive(Default)]
struct Listed {
    name: Option<String>,
    concepts: Vec<String>,
    practices: Vec<String>,
    difficulty: Option<u64>,
    deprecated: bool,
    order: usize,
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

pub fn import(input: &Path) -> anyhow::Result<PackOut> {
    let track = find_track(input)?;
    let mut listed: BTreeMap<String, Listed> = BTreeMap::new();
    let mut concept_names: BTreeMap<String, String> = BTreeMap::new();
    if let Some(config) = &track.config {
        for (order, e) in ["concept", "practice"]
            .iter()
            .flat_map(|k| config["exercises"][k].as_array().into_iter().flatten())
            .enumerate()
        {
            let Some(slug) = e["slug"].as_str() else {
                continue;
            };
            listed.insert(
                slug.to_string(),
                Listed {
                    name: e["name"].as_str().map(str::to_string),
                    concepts: strings(&e["concepts"]),
                    practices: strings(&e["practices"]),
                    difficulty: e["difficulty"].as_u64(),
                    deprecated: e["status"].as_str() == Some("deprecated"),
                    order,
                },
            );
        }
        for c in config["concepts"].as_array().into_iter().flatten() {
            if let (Some(slug), Some(name)) = (c["slug"].as_str(), c["name"].as_str()) {
                concept_names.insert(slug.to_string(), name.to_string());
            }
        }
    }
    let mut folders = track.folders.clone();
    // The track's order is the teaching order; folders it does not list go last.
    folders.sort_by_key(|(_, d)| {
        let slug = d.file_name().unwrap_or_default().to_string_lossy();
        listed.get(slug.as_ref()).map_or(usize::MAX, |l| l.order)
    });

    let mut pack = PackOut::default();
    let license = track
        .root
        .iter()
        .map(|r| r.join("LICENSE"))
        .chain(folders.iter().map(|(_, d)| d.join("LICENSE")))
        .find(|p| p.is_file());
    let license_key = match &license {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            pack.file(LICENSE_FILE, text);
            format!("license_file = \"{LICENSE_FILE}\"\n")
        }
        None => {
            pack.note(
                "the track's LICENSE was not found; the pack names the MIT license but carries no copy",
            );
            String::new()
        }
    };
    let footer = format!(
        "\n\n---\n\n*From the [{SOURCE_NAME}]({SOURCE_URL}), MIT License (see {LICENSE_FILE} in this pack).*\n"
    );

    let mut taught: HashSet<String> = HashSet::new();
    for (kind, dir) in &folders {
        let slug = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let entry = listed.remove(&slug).unwrap_or_default();
        if entry.deprecated {
            pack.skip(format!("{kind}/{slug}"), "deprecated in the track");
            continue;
        }
        let exercise = match convert(dir, &footer) {
            Ok(e) => e,
            Err(why) => {
                pack.skip(format!("{kind}/{slug}"), why);
                continue;
            }
        };
        let title = entry.name.clone().unwrap_or_else(|| title_of(&slug));
        let name_of = |c: &String| concept_names.get(c).cloned().unwrap_or_else(|| title_of(c));
        let (module, module_title, concepts, difficulty, minutes) = if *kind == "concept" {
            let first = entry.concepts.first().cloned();
            let module = first.clone().unwrap_or_else(|| "concepts".to_string());
            let module_title = first.as_ref().map_or("Concepts".to_string(), name_of);
            for concept in &entry.concepts {
                if !taught.insert(concept.clone()) {
                    continue;
                }
                let lesson = concept_lesson(track.root.as_deref(), concept, &name_of(concept));
                let id = if *concept == slug {
                    format!("{concept}-concept")
                } else {
                    concept.clone()
                };
                pack.file(format!("{module}/{id}.md"), lesson + &footer);
                pack.item(&module, &module_title, &id);
            }
            let concepts: Vec<String> = entry.concepts.iter().map(name_of).collect();
            (module, module_title, concepts, 1, 20)
        } else {
            // Exercism rates 1 to 10, Puente 1 to 5.
            let level = entry.difficulty.map_or(2, |d| d.div_ceil(2).clamp(1, 5)) as u8;
            let concepts: Vec<String> = entry
                .practices
                .iter()
                .filter(|c| taught.contains(*c))
                .map(name_of)
                .collect();
            (
                format!("practice-{level}"),
                format!("Practice, level {level} of 5"),
                concepts,
                level,
                10 * u32::from(level),
            )
        };
        let mut toml = format!(
            "title = {}\ndifficulty = {difficulty}\nminutes = {minutes}\nconcepts = {}\nhints = {}\nimport_as = {}\n",
            toml_str(&title),
            toml_list(&concepts),
            toml_list(&exercise.hints),
            toml_str(&exercise.import_as),
        );
        if !exercise.files.is_empty() {
            let names: Vec<String> = exercise.files.keys().cloned().collect();
            toml += &format!("files = {}\n", toml_list(&names));
        }
        let limit = if exercise.may_run_long {
            crate::exercism::LONG_LIMIT_MS
        } else {
            crate::exercism::LIMIT_MS
        };
        toml += &format!("time_limit_ms = {limit}\n");
        let base = PathBuf::from(&module).join(&slug);
        pack.file(base.join("exercise.toml"), toml);
        pack.file(base.join("instructions.md"), exercise.instructions);
        pack.file(base.join("starter.js"), exercise.starter);
        pack.file(base.join("solution.js"), exercise.solution);
        pack.file(base.join("tests.js"), exercise.tests);
        for (name, text) in exercise.files {
            pack.file(base.join(name), text);
        }
        for note in exercise.notes {
            pack.note(format!("{kind}/{slug}: {note}"));
        }
        pack.item(&module, &module_title, &slug);
        pack.converted += 1;
    }
    // Practice levels in order, after the concepts.
    let (mut practice, concepts): (Vec<_>, Vec<_>) = pack
        .modules
        .drain(..)
        .partition(|m| m.0.starts_with("practice-"));
    practice.sort_by(|a, b| a.0.cmp(&b.0));
    pack.modules = concepts.into_iter().chain(practice).collect();
    let source = format!(
        "[source]\nname = {}\nurl = {}\nlicense = \"MIT\"\n{license_key}",
        toml_str(SOURCE_NAME),
        toml_str(SOURCE_URL)
    );
    let text = pack_toml(
        &pack,
        "exercism-javascript",
        "Exercism JavaScript",
        &format!("Exercises from the {SOURCE_NAME} ({SOURCE_URL}), MIT License."),
        &source,
    );
    pack.file("pack.toml", text);
    Ok(pack)
}

/// A concept's lesson from the track's `concepts/<slug>/introduction.md` (or `about.md`).
fn concept_lesson(root: Option<&Path>, slug: &str, name: &str) -> String {
    let front = format!("+++\nintroduces = [{}]\n+++\n# {name}\n", toml_str(name));
    let text = root.and_then(|r| {
        ["introduction.md", "about.md"]
            .iter()
            .find_map(|f| std::fs::read_to_string(r.join("concepts").join(slug).join(f)).ok())
    });
    match text {
        Some(text) => {
            // The file's own heading ("# Introduction") gives way to the concept's name.
            let body = match text.trim_start().strip_prefix("# ") {
                Some(rest) => rest.split_once('\n').map_or("", |(_, b)| b),
                None => &text,
            };
            front + body
        }
        None => front + "\nThis concept is taught by the exercise that follows.\n",
    }
}

struct Converted {
    instructions: String,
    hints: Vec<String>,
    starter: String,
    solution: String,
    tests: String,
    import_as: String,
    files: BTreeMap<String, String>,
    may_run_long: bool,
    /// What was left out of an exercise that still converted.
    notes: Vec<String>,
}

fn convert(dir: &Path, footer: &str) -> Result<Converted, String> {
    let config_path = dir.join(".meta/config.json");
    let text = std::fs::read_to_string(&config_path)
        .map_err(|e| format!("cannot read .meta/config.json: {e}"))?;
    let config: Value = serde_json::from_str(&text)
        .map_err(|e| format!(".meta/config.json is not valid JSON: {e}"))?;
    let first = |key: &str| strings(&config["files"][key]).into_iter().next();
    let read = |name: &str, what: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| format!("missing its {what} {name} (named in .meta/config.json): {e}"))
    };
    let stub_name = first("solution").ok_or("files.solution in .meta/config.json is empty")?;
    let test_name = first("test").ok_or("files.test in .meta/config.json is empty")?;
    let proof_name = first("example")
        .or_else(|| first("exemplar"))
        .ok_or("neither files.example nor files.exemplar names a solution")?;
    let starter = read(&stub_name, "stub")?;
    let tests = read(&test_name, "spec")?;
    let solution = read(&proof_name, "solution")?;
    let stem = stub_name.strip_suffix(".js").unwrap_or(&stub_name);
    if stem.contains('/') {
        return Err(format!(
            "the stub {stub_name} is in a subfolder; Puente imports the learner's code from the exercise's own folder"
        ));
    }

    let mut notes = Vec::new();
    let mut files = BTreeMap::new();
    for name in strings(&config["files"]["editor"]) {
        if name.ends_with(".d.ts") {
            continue; // type declarations: nothing runs them
        }
        if [".js", ".mjs", ".cjs"].iter().any(|e| name.ends_with(e)) {
            files.insert(name.clone(), read(&name, "editor file")?);
        } else {
            notes.push(format!(
                "editor file {name} left out: helper files must be JavaScript"
            ));
        }
    }

    let docs = dir.join(".docs");
    let parts: Vec<String> = [
        "introduction.md",
        "instructions.md",
        "instructions.append.md",
    ]
    .iter()
    .filter_map(|f| std::fs::read_to_string(docs.join(f)).ok())
    .map(|t| t.trim().to_string())
    .collect();
    if parts.is_empty() {
        return Err(".docs/ has no introduction.md or instructions.md".into());
    }
    let instructions = parts.join("\n\n") + footer;
    let hints = std::fs::read_to_string(docs.join("hints.md"))
        .map(|t| split_hints(&t))
        .unwrap_or_default();
    let may_run_long = config["custom"]["flag.tests.may-run-long"].as_bool() == Some(true);
    Ok(Converted {
        instructions,
        hints,
        starter,
        solution,
        tests,
        import_as: format!("./{stem}"),
        files,
        may_run_long,
        notes,
    })
}

/// `.docs/hints.md` as separate hints: one per bullet (a paragraph counts as one), prefixed by
/// the task it belongs to, with Markdown reference links made inline because each hint is shown
/// on its own.
pub fn split_hints(text: &str) -> Vec<String> {
    let mut refs: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if let Some((label, url)) = t
            .strip_prefix('[')
            .and_then(|r| r.split_once("]:"))
            .filter(|(l, _)| !l.contains(']'))
        {
            refs.push((label.to_lowercase(), url.trim().to_string()));
        }
    }
    let mut hints = Vec::new();
    let mut section = String::new();
    let mut current: Option<String> = None;
    let mut after_blank = false;
    let mut in_code = false;
    let flush = |current: &mut Option<String>, hints: &mut Vec<String>| {
        if let Some(h) = current.take() {
            hints.push(h);
        }
    };
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            if let Some(h) = current.as_mut() {
                *h += &format!(" `{t}`");
            }
            continue;
        }
        if t.is_empty() {
            after_blank = true;
            continue;
        }
        if t.starts_with('[') && t.contains("]:") && !t.contains("](") {
            continue;
        }
        if let Some(heading) = t.strip_prefix('#') {
            flush(&mut current, &mut hints);
            section = if t.starts_with("##") {
                heading.trim_start_matches('#').trim().to_string()
            } else {
                String::new()
            };
            after_blank = false;
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let bullet = ["- ", "* ", "+ "].iter().find_map(|b| line.strip_prefix(b));
        match (bullet, current.as_mut()) {
            (Some(b), _) => {
                flush(&mut current, &mut hints);
                current = Some(prefixed(&section, b.trim()));
            }
            (None, Some(h)) if indented || !after_blank => {
                let t = ["- ", "* ", "+ "]
                    .iter()
                    .find_map(|b| t.strip_prefix(b))
                    .unwrap_or(t);
                *h += &format!(" {t}");
            }
            _ => {
                flush(&mut current, &mut hints);
                current = Some(prefixed(&section, t));
            }
        }
        after_blank = false;
    }
    flush(&mut current, &mut hints);
    hints.into_iter().map(|h| inline_refs(&h, &refs)).collect()
}

fn prefixed(section: &str, text: &str) -> String {
    if section.is_empty() {
        text.to_string()
    } else {
        format!("**{section}:** {text}")
    }
}

/// `[text][label]`, `[label][]` and `[label]` become `[text](url)` when `label` is defined.
fn inline_refs(text: &str, refs: &[(String, String)]) -> String {
    let url = |label: &str| {
        refs.iter()
            .find(|(l, _)| *l == label.to_lowercase())
            .map(|(_, u)| u.clone())
    };
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out += &rest[..open];
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            out += &rest[open..];
            return out;
        };
        let label = &after[..close];
        let tail = &after[close + 1..];
        if let Some(r) = tail.strip_prefix('[') {
            if let Some(end) = r.find(']') {
                let key = if r[..end].is_empty() {
                    label
                } else {
                    &r[..end]
                };
                if let Some(u) = url(key) {
                    out += &format!("[{label}]({u})");
                    rest = &r[end + 1..];
                    continue;
                }
            }
        } else if !tail.starts_with('(') {
            if let Some(u) = url(label) {
                out += &format!("[{label}]({u})");
                rest = tail;
                continue;
            }
        }
        out += &rest[open..open + 1 + close + 1];
        rest = tail;
    }
    out + rest
}

#[cfg(test)]
mod tests {
    use super::split_hints;

    #[test]
    fn hints_split_by_bullet_with_their_task_and_links() {
        let text = "# Hints\n\n## General\n\n- Read [this][mdn].\n\n## 1. Add\n\n- Use `+`\n  on numbers.\n- See [docs].\n\nA closing paragraph.\n\n[mdn]: https://mdn.example/a\n[docs]: https://docs.example/\n";
        assert_eq!(
            split_hints(text),
            vec![
                "**General:** Read [this](https://mdn.example/a).",
                "**1. Add:** Use `+` on numbers.",
                "**1. Add:** See [docs](https://docs.example/).",
                "**1. Add:** A closing paragraph.",
            ]
        );
    }
}
