//! `puente new pack|module|lesson|exercise|quiz NAME`: files from templates that pass
//! `puente check` as they are, each listed where the pack format expects it (a module in
//! pack.toml's `modules`, an item in module.toml's `items`). The TOML is edited in place, so the
//! instructor's formatting and comments survive.

use crate::output::outln;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use toml_edit::DocumentMut;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Kind {
    Pack,
    Module,
    Lesson,
    Exercise,
    Quiz,
}

const PACK_TOML: &str = include_str!("../templates/pack.toml");
const MODULE_TOML: &str = include_str!("../templates/module.toml");
const LESSON: &str = include_str!("../templates/lesson.md");
const QUIZ: &str = include_str!("../templates/quiz.toml");
const EXERCISE: [(&str, &str); 5] = [
    (
        "exercise.toml",
        include_str!("../templates/exercise/exercise.toml"),
    ),
    (
        "instructions.md",
        include_str!("../templates/exercise/instructions.md"),
    ),
    (
        "starter.js",
        include_str!("../templates/exercise/starter.js"),
    ),
    (
        "solution.js",
        include_str!("../templates/exercise/solution.js"),
    ),
    ("tests.js", include_str!("../templates/exercise/tests.js")),
];

/// The first module of a new pack, and what is in it: a lesson that introduces the concepts its
/// exercise practises, the exercise, and a quiz.
const FIRST_MODULE: &str = "getting-started";
const FIRST_LESSON: &str = "first-steps";
const FIRST_EXERCISE: &str = "make-a-greeting";
const FIRST_QUIZ: &str = "check-in";
const FIRST_CONCEPTS: &str = "\"functions\", \"return values\"";
/// The first item of a module made on its own.
const MODULE_LESSON: &str = "introduction";

pub fn run(kind: Kind, name: &str, dir: &Path) -> anyhow::Result<ExitCode> {
    check_name(name)?;
    let mut plan = Plan::default();
    match kind {
        Kind::Pack => {
            let root = dir.join(name);
            plan.must_be_new(&root)?;
            plan.file(
                root.join("pack.toml"),
                fill(
                    PACK_TOML,
                    &[("id", name), ("title", &title(name)), ("dir", name)],
                ),
            );
            first_module(&mut plan, &root.join(FIRST_MODULE), name);
            plan.next = format!(
                "Edit the files, then run `puente check {0}` and `puente preview {0}`.",
                shown(&root)
            );
        }
        Kind::Module => {
            let pack_toml = dir.join("pack.toml");
            if !pack_toml.is_file() {
                bail!(
                    "{} has no pack.toml; give the pack folder with --in, like `--in my-pack`",
                    shown(dir)
                );
            }
            let root = dir.join(name);
            plan.must_be_new(&root)?;
            plan.list(&pack_toml, "modules", name)?;
            plan.file(
                root.join("module.toml"),
                fill(
                    MODULE_TOML,
                    &[
                        ("title", &title(name)),
                        ("dir", &format!("{}/{name}", folder_name(dir))),
                        ("items", &format!("\"{MODULE_LESSON}\"")),
                    ],
                ),
            );
            plan.file(
                root.join(format!("{MODULE_LESSON}.md")),
                lesson(&title(name), ""),
            );
            plan.next = format!("Edit the files, then run `puente check {}`.", shown(dir));
        }
        Kind::Lesson | Kind::Exercise | Kind::Quiz => {
            let module_toml = dir.join("module.toml");
            if !module_toml.is_file() {
                bail!(
                    "{} has no module.toml; give the module folder with --in, like `--in my-pack/getting-started`",
                    shown(dir)
                );
            }
            for taken in [
                dir.join(format!("{name}.md")),
                dir.join(name),
                dir.join(format!("{name}.quiz.toml")),
            ] {
                plan.must_be_new(&taken)?;
            }
            plan.list(&module_toml, "items", name)?;
            match kind {
                Kind::Lesson => plan.file(dir.join(format!("{name}.md")), lesson(&title(name), "")),
                Kind::Exercise => exercise(&mut plan, &dir.join(name), ""),
                _ => plan.file(
                    dir.join(format!("{name}.quiz.toml")),
                    fill(QUIZ, &[("title", &title(name))]),
                ),
            }
            let pack = dir.parent().filter(|p| !p.as_os_str().is_empty());
            plan.next = format!(
                "Edit the files, then run `puente check {}`.",
                pack.map(shown).unwrap_or_else(|| "..".into())
            );
        }
    }
    plan.apply()?;
    Ok(ExitCode::SUCCESS)
}

fn first_module(plan: &mut Plan, root: &Path, pack: &str) {
    let items = [FIRST_LESSON, FIRST_EXERCISE, FIRST_QUIZ]
        .map(|i| format!("\"{i}\""))
        .join(", ");
    plan.file(
        root.join("module.toml"),
        fill(
            MODULE_TOML,
            &[
                ("title", &title(FIRST_MODULE)),
                ("dir", &format!("{pack}/{FIRST_MODULE}")),
                ("items", &items),
            ],
        ),
    );
    plan.file(
        root.join(format!("{FIRST_LESSON}.md")),
        lesson(&title(FIRST_LESSON), FIRST_CONCEPTS),
    );
    exercise(plan, &root.join(FIRST_EXERCISE), FIRST_CONCEPTS);
    plan.file(
        root.join(format!("{FIRST_QUIZ}.quiz.toml")),
        fill(QUIZ, &[("title", &title(FIRST_QUIZ))]),
    );
}

fn lesson(title: &str, introduces: &str) -> String {
    fill(LESSON, &[("title", title), ("introduces", introduces)])
}

fn exercise(plan: &mut Plan, dir: &Path, concepts: &str) {
    let id = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let function = function_name(&id);
    for (file, template) in EXERCISE {
        plan.file(
            dir.join(file),
            fill(
                template,
                &[
                    ("title", &title(&id)),
                    ("function", &function),
                    ("concepts", concepts),
                ],
            ),
        );
    }
}

fn check_name(name: &str) -> anyhow::Result<()> {
    if course::is_valid_id(name) {
        return Ok(());
    }
    let suggestion: String = name
        .trim()
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let hint = if course::is_valid_id(&suggestion) {
        format!(", like {suggestion:?}")
    } else {
        String::new()
    };
    bail!(
        "{name:?} is not a valid name: use lowercase letters, digits and single dashes{hint}; \
         it becomes the file or folder name and part of learners' addresses"
    )
}

/// "say-hello" as a title: "Say hello".
fn title(id: &str) -> String {
    let words = id.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "say-hello" as a JavaScript function name: "sayHello". Ids may start with a digit, which a
/// JavaScript name may not.
fn function_name(id: &str) -> String {
    let mut name = String::new();
    for (i, part) in id.split('-').filter(|p| !p.is_empty()).enumerate() {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            if i == 0 {
                name.push(first);
            } else {
                name.extend(first.to_uppercase());
            }
            name.extend(chars);
        }
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "solve");
    }
    name
}

fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            text.replace(&format!("{{{{{key}}}}}"), value)
        })
}

/// The name of folder `dir`, also when it is given as `.`.
fn folder_name(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "PACK_FOLDER".into())
}

/// A path as the instructor would type it: `/` between folders, no leading `./`.
fn shown(path: &Path) -> String {
    let text = path.display().to_string().replace('\\', "/");
    text.strip_prefix("./").unwrap_or(&text).to_string()
}

/// Everything a command will write, checked before any of it is: a refused name leaves no
/// half-made files behind.
#[derive(Default)]
struct Plan {
    files: Vec<(PathBuf, String)>,
    edits: Vec<(PathBuf, String, String)>,
    next: String,
}

impl Plan {
    fn must_be_new(&self, path: &Path) -> anyhow::Result<()> {
        if path.exists() {
            bail!(
                "{} already exists; pick another name, or remove it first",
                shown(path)
            );
        }
        Ok(())
    }

    fn file(&mut self, path: PathBuf, contents: String) {
        self.files.push((path, contents));
    }

    /// Adds `name` to the list `key` of the TOML file `path`, keeping its layout: a list written
    /// one entry per line gets the new entry on a line of its own, with the same indentation.
    fn list(&mut self, path: &Path, key: &str, name: &str) -> anyhow::Result<()> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", shown(path)))?;
        let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            let line = e
                .span()
                .map(|s| text.get(..s.start).unwrap_or(&text).matches('\n').count() + 1);
            anyhow::anyhow!(
                "{}{}: is not valid TOML ({}); fix it, then run this command again",
                shown(path),
                line.map(|l| format!(":{l}")).unwrap_or_default(),
                e.message()
            )
        })?;
        let Some(list) = doc.get_mut(key).and_then(|item| item.as_array_mut()) else {
            bail!(
                "{} has no list `{key} = [...]`; add one, then run this command again",
                shown(path)
            );
        };
        if list.iter().any(|v| v.as_str() == Some(name)) {
            bail!(
                "{} already lists {name:?} in `{key}`; pick another name, or remove it from the list",
                shown(path)
            );
        }
        let indent = list.iter().last().and_then(|last| {
            let prefix = last.decor().prefix()?.as_str()?;
            prefix.rfind('\n').map(|at| prefix[at..].to_string())
        });
        // A comment after the last entry is kept in the list's trailing text; it stays with
        // that entry, and the closing bracket stays on its own line.
        let trailing = list.trailing().as_str().unwrap_or("").to_string();
        list.push(name);
        if let Some(indent) = indent {
            let (after_last, before_bracket) = match trailing.rfind('\n') {
                Some(at) => trailing.split_at(at),
                None => (trailing.as_str(), "\n"),
            };
            if let Some(added) = list.get_mut(list.len() - 1) {
                added
                    .decor_mut()
                    .set_prefix(format!("{after_last}{indent}"));
            }
            list.set_trailing(before_bracket);
        }
        self.edits
            .push((path.to_path_buf(), key.to_string(), doc.to_string()));
        Ok(())
    }

    fn apply(self) -> anyhow::Result<()> {
        for (path, contents) in &self.files {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("cannot create {}", shown(parent)))?;
            }
            std::fs::write(path, contents)
                .with_context(|| format!("cannot write {}", shown(path)))?;
            outln!("created {}", shown(path));
        }
        for (path, key, contents) in &self.edits {
            std::fs::write(path, contents)
                .with_context(|| format!("cannot write {}", shown(path)))?;
            outln!("added it to `{key}` in {}", shown(path));
        }
        outln!("{}", self.next);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_titles_and_javascript_names() {
        assert_eq!(title("say-hello"), "Say hello");
        assert_eq!(function_name("say-hello"), "sayHello");
        assert_eq!(function_name("loops-2"), "loops2");
        assert_eq!(function_name("2-sum"), "solve2Sum");
    }

    #[test]
    fn a_list_keeps_its_layout_and_comments() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("module.toml");
        std::fs::write(
            &path,
            "title = \"M\" # the title\nitems = [\n  \"a\", # first\n  \"b\", # last\n]\n# end\n",
        )
        .unwrap();
        let mut plan = Plan::default();
        plan.list(&path, "items", "c").unwrap();
        assert_eq!(
            plan.edits[0].2,
            "title = \"M\" # the title\nitems = [\n  \"a\", # first\n  \"b\", # last\n  \"c\",\n]\n# end\n"
        );
        std::fs::write(&path, "items = [\"a\", \"b\"]\n").unwrap();
        let mut plan = Plan::default();
        plan.list(&path, "items", "c").unwrap();
        assert_eq!(plan.edits[0].2, "items = [\"a\", \"b\", \"c\"]\n");
        std::fs::write(&path, "items = []\n").unwrap();
        let mut plan = Plan::default();
        plan.list(&path, "items", "c").unwrap();
        assert_eq!(plan.edits[0].2, "items = [\"c\"]\n");
        assert!(plan.list(&path, "nope", "c").is_err());
    }
}
