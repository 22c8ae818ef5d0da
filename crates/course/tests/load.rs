//! Loading real folders: a good pack loads, and each kind of mistake is reported with its file
//! and line, all at once.

use std::fs;
use std::path::{Path, PathBuf};

use course::{load_pack, Item};

struct TempPack(PathBuf);

impl TempPack {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("puente-course-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempPack(dir)
    }

    fn write(&self, path: &str, text: &str) -> &Self {
        let full = self.0.join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
        self
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempPack {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn good_pack(name: &str) -> TempPack {
    let p = TempPack::new(name);
    p.write(
        "pack.toml",
        "id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nmodules = [\"basics\"]\n",
    )
    .write(
        "basics/module.toml",
        "title = \"Basics\"\nitems = [\"intro\", \"add\"]\n",
    )
    .write("basics/intro.md", "# Intro\n\nHello <b>there</b>.\n")
    .write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\", \"Return it.\"]\n",
    )
    .write(
        "basics/add/instructions.md",
        "Add two numbers: `add(1, 2)` is `3`.\n",
    )
    .write("basics/add/starter.js", "export function add(a, b) {}\n")
    .write(
        "basics/add/solution.js",
        "export function add(a, b) { return a + b; }\n",
    )
    .write(
        "basics/add/tests.js",
        "import { add } from './solution';\ntest('adds', () => expect(add(1, 2)).toBe(3));\n",
    );
    p
}

#[test]
fn loads_a_good_pack_in_order() {
    let p = good_pack("good");
    let pack = load_pack(p.path()).unwrap();
    assert_eq!(pack.id, "demo");
    let module = &pack.modules[0];
    assert_eq!(module.items.len(), 2);
    let Item::Lesson(lesson) = &module.items[0] else {
        panic!("first item should be the lesson")
    };
    assert_eq!(lesson.title, "Intro");
    assert!(
        lesson.html.contains("&lt;b&gt;"),
        "raw HTML must be escaped"
    );
    let Item::Exercise(ex) = &module.items[1] else {
        panic!("second item should be the exercise")
    };
    assert_eq!(ex.hints[0], "Use <code>+</code>.");
    assert_eq!(ex.time_limit_ms, 2000);
    let json = serde_json::to_string(&pack).unwrap();
    assert_eq!(serde_json::from_str::<course::Pack>(&json).unwrap(), pack);
}

#[test]
fn reports_every_problem_with_file_and_line() {
    let p = good_pack("bad");
    p.write("pack.toml", "id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nmodules = [\"basics\", \"basics\", \"Missing\"]\n")
        .write("basics/module.toml", "title = \"Basics\"\nitems = [\"intro\", \"add\", \"ghost\"]\ncolour = \"red\"\n")
        .write("basics/stray.md", "# Stray\n")
        .write("basics/add/exercise.toml", "title = \"Add\"\ndifficulty = 9\nminutes = 5\nhints = [\"x\"]\n");
    fs::remove_file(p.path().join("basics/add/tests.js")).unwrap();
    let err = load_pack(p.path()).unwrap_err();
    let text = err.to_string();
    let has = |needle: &str| assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    has("pack.toml:4: module \"basics\" is listed twice");
    has("pack.toml:4: module id \"Missing\" is not valid");
    has("module.toml:3: unknown key `colour`");
    has("tests.js: missing file; create it");
    has("exercise.toml:2: difficulty 9 is out of range");
    has("lesson or exercise \"stray.md\" is not listed in `items`");
}

#[test]
fn bad_toml_points_at_the_line() {
    let p = good_pack("toml");
    p.write(
        "basics/module.toml",
        "title = \"Basics\"\n\nitems = [\"intro\", \n",
    );
    let err = load_pack(p.path()).unwrap_err();
    let problem = &err.problems[0];
    assert!(problem.file.ends_with("basics/module.toml"));
    assert!(problem.line.is_some_and(|l| l >= 3), "{problem}");
}

#[test]
fn lesson_without_title_is_reported() {
    let p = good_pack("title");
    p.write("basics/intro.md", "Intro without heading\n");
    let err = load_pack(p.path()).unwrap_err();
    assert!(
        err.to_string()
            .contains("intro.md:1: a lesson must start with its title"),
        "{err}"
    );
}
