//! A pack's own images: a lesson or instructions show `![…](images/x.png)`, the loader takes the
//! file in under a content address, and every mistake names the file and line.

use std::fs;
use std::path::Path;

use course::{load_pack, pack_file, Item, LessonPart};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR picture bytes";

fn write(root: &Path, path: &str, bytes: &[u8]) {
    let full = root.join(path);
    fs::create_dir_all(full.parent().unwrap()).unwrap();
    fs::write(full, bytes).unwrap();
}

/// A pack with one lesson showing `lesson` (Markdown after the title) and one exercise whose
/// instructions are `instructions`.
fn pack(lesson: &str, instructions: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "pack.toml",
        b"id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nmodules = [\"basics\"]\n",
    );
    write(
        root,
        "basics/module.toml",
        b"title = \"Basics\"\nitems = [\"intro\", \"add\"]\n",
    );
    write(
        root,
        "basics/intro.md",
        format!("# Intro\n\n{lesson}").as_bytes(),
    );
    write(
        root,
        "basics/add/exercise.toml",
        b"title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\", \"Return it.\"]\n",
    );
    write(root, "basics/add/instructions.md", instructions.as_bytes());
    write(
        root,
        "basics/add/starter.js",
        b"export function add(a, b) {}\n",
    );
    write(
        root,
        "basics/add/solution.js",
        b"export function add(a, b) { return a + b; }\n",
    );
    write(
        root,
        "basics/add/tests.js",
        b"import { add } from './solution';\ntest('adds', () => expect(add(1, 2)).toBe(3));\n",
    );
    dir
}

fn problems(root: &Path) -> String {
    load_pack(root).unwrap_err().to_string()
}

#[test]
fn a_lesson_and_instructions_show_the_packs_images_from_content_addresses() {
    let dir = pack(
        "Paused:\n\n![DevTools paused on line 13](images/paused.png)\n\nAgain: ![same](./images/paused.png)\n",
        "Like this:\n\n![the shelf](../../images/shelf.webp)\n",
    );
    write(dir.path(), "basics/images/paused.png", PNG);
    write(dir.path(), "images/shelf.webp", b"RIFF\0\0\0\0WEBPVP8 data");
    let pack = load_pack(dir.path()).unwrap();

    assert_eq!(pack.assets.len(), 2, "{:?}", pack.assets.keys());
    let (paused_url, paused) = pack
        .assets
        .iter()
        .find(|(_, a)| a.path == "basics/images/paused.png")
        .expect("the lesson's picture is carried");
    assert_eq!(paused.bytes, PNG);
    assert!(paused_url.starts_with("assets/") && paused_url.ends_with(".png"));

    let Item::Lesson(lesson) = &pack.modules[0].items[0] else {
        panic!("a lesson first")
    };
    let [LessonPart::Html { html }] = &lesson.parts[..] else {
        panic!("one part")
    };
    assert!(
        html.contains(&format!(
            "<img src=\"{paused_url}\" alt=\"DevTools paused on line 13\""
        )),
        "{html}"
    );
    assert!(!html.contains("images/paused.png"), "{html}");

    let Item::Exercise(exercise) = &pack.modules[0].items[1] else {
        panic!("then the exercise")
    };
    let shelf_url = pack
        .assets
        .iter()
        .find(|(_, a)| a.path == "images/shelf.webp")
        .unwrap()
        .0;
    assert!(
        exercise
            .instructions_html
            .contains(&format!("src=\"{shelf_url}\"")),
        "{}",
        exercise.instructions_html
    );
}

#[test]
fn each_bad_image_is_reported_with_its_file_line_and_what_to_do() {
    let dir = pack(
        concat!(
            "![missing](images/nope.png)\n\n",
            "![outside](../../secret.png)\n\n",
            "![vector](images/diagram.svg)\n\n",
            "![renamed](images/page.png)\n\n",
            "![huge](images/huge.png)\n\n",
            "![web](https://example.org/ok.png) and [a link](other.md) are left alone\n",
        ),
        "Add.\n",
    );
    write(
        dir.path(),
        "basics/images/diagram.svg",
        b"<svg onload=alert(1)>",
    );
    write(
        dir.path(),
        "basics/images/page.png",
        b"<html>not a picture</html>",
    );
    let mut huge = PNG.to_vec();
    huge.resize(600 * 1024, 0);
    write(dir.path(), "basics/images/huge.png", &huge);

    let text = problems(dir.path());
    let lesson = Path::new("basics").join("intro.md");
    let at = |line: usize| format!("{}:{line}:", dir.path().join(&lesson).display());
    assert!(
        text.contains(&format!(
            "{} the image \"images/nope.png\" is not in the pack",
            at(3)
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{} the image \"../../secret.png\" is outside the pack",
            at(5)
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{} the image \"images/diagram.svg\" is not a kind the pack can carry",
            at(7)
        )),
        "{text}"
    );
    let page = Path::new("basics").join("images").join("page.png");
    assert!(
        text.contains(&format!(
            "{} the image {} is not a PNG file inside",
            at(9),
            page.display()
        )),
        "{text}"
    );
    let huge = Path::new("basics").join("images").join("huge.png");
    assert!(
        text.contains(&format!(
            "{} the image {} is 600 KB; an image may be at most 512 KB",
            at(11),
            huge.display()
        )),
        "{text}"
    );
    assert!(
        !text.contains("example.org") && !text.contains("other.md"),
        "{text}"
    );
}

#[test]
fn a_one_file_pack_carries_its_images() {
    let dir = pack("![a shelf](images/shelf.png)\n", "Add.\n");
    write(dir.path(), "basics/images/shelf.png", PNG);
    write(dir.path(), "basics/images/unused.png", PNG);
    let text = pack_file::write(dir.path()).unwrap();
    let opened = pack_file::open(&text).unwrap();
    assert_eq!(opened.assets, load_pack(dir.path()).unwrap().assets);
    assert_eq!(opened.assets.values().next().unwrap().bytes, PNG);
}

#[test]
fn a_one_file_pack_without_images_keeps_the_first_format_version() {
    let dir = pack("No pictures.\n", "Add.\n");
    let text = pack_file::write(dir.path()).unwrap();
    assert!(text.contains("\"version\":1"), "{}", &text[..80]);
}
