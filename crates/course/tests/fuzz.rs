//! Property tests over hostile input: no pack, however broken, makes the loader panic, every
//! problem it reports names a file of the pack (and only lines that file has), and the Markdown
//! renderer never lets a script, an event handler or a disallowed URL through.
//!
//! The default number of cases keeps `cargo test` quick; `PROPTEST_CASES=N` asks for more, and
//! `cargo xtask fuzz` runs these with many more in release mode.

use std::cell::Cell;
use std::fmt::Debug;
use std::fs;
use std::path::Path;
use std::time::Instant;

use course::markdown::{inline_to_html, to_html, to_lesson_parts};
use course::{load_exercise, load_pack, LessonPart, LoadError};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{TestCaseError, TestRunner};

const DEFAULT_CASES: u32 = 24;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    ProptestConfig {
        cases,
        // A failing input is shrunk and printed; keeping it is the job of a regression test.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs `test` on values from `strategy` and prints how many cases ran, for `cargo xtask fuzz`.
fn run<S>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let mut runner = TestRunner::new(config());
    let ran = Cell::new(0u64);
    let started = Instant::now();
    let result = runner.run(&strategy, |value| {
        ran.set(ran.get() + 1);
        test(value)
    });
    println!(
        "{name}: {} cases in {:.2} s{}",
        ran.get(),
        started.elapsed().as_secs_f64(),
        if result.is_err() {
            " (counting the runs that shrank the failing input)"
        } else {
            ""
        }
    );
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

// A small pack that loads cleanly; every loader test breaks one or more of its files.
const PACK: &str = "id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nsummary = \"A demo.\"\nmodules = [\"basics\"]\n";
const MODULE: &str =
    "title = \"Basics\"\nsummary = \"First steps.\"\nitems = [\"intro\", \"add\", \"check\"]\n";
const LESSON: &str = "+++\nintroduces = [\"Functions\", \"return\"]\n+++\n# Intro\n\nSee [the docs](https://example.org) and [next](add.md).\n\n```js runnable\nconsole.log(1);\n```\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n";
const EXERCISE: &str = "title = \"Add\"\ndifficulty = 2\nminutes = 5\nconcepts = [\"functions\"]\nhints = [\"Use `+`.\", \"Return it.\"]\ntime_limit_ms = 2000\nfiles = [\"data.js\"]\n";
const INSTRUCTIONS: &str = "Add two numbers: `add(1, 2)` is `3`.\n";
const STARTER: &str = "export function add(a, b) {}\n";
const SOLUTION: &str = "export function add(a, b) { return a + b; }\n";
const TESTS: &str =
    "import { add } from './solution';\ntest('adds', () => expect(add(1, 2)).toBe(3));\n";
const DATA: &str = "export const pairs = [[1, 2]];\n";
const QUIZ: &str = "title = \"Quiz\"\n\n[[questions]]\nkind = \"single\"\nprompt = \"Pick `b`\"\noptions = [\n  { text = \"a\", explain = \"No.\" },\n  { text = \"b\", correct = true, explain = \"Yes.\" },\n]\n\n[[questions]]\nkind = \"text\"\nprompt = \"Type 404\"\nanswers = [\"404\"]\nexplain = \"Not found.\"\n";
const GLOSSARY: &str = "[[terms]]\nterm = \"variable\"\nes = \"variable\"\ndefinition = \"A named value.\"\n\n[[terms]]\nterm = \"array\"\nes = \"arreglo\"\ndefinition = \"A list.\"\ndefinition_es = \"Una lista.\"\n";

const FILES: [(&str, &str); 11] = [
    ("pack.toml", PACK),
    ("glossary.toml", GLOSSARY),
    ("basics/module.toml", MODULE),
    ("basics/intro.md", LESSON),
    ("basics/check.quiz.toml", QUIZ),
    ("basics/add/exercise.toml", EXERCISE),
    ("basics/add/instructions.md", INSTRUCTIONS),
    ("basics/add/starter.js", STARTER),
    ("basics/add/solution.js", SOLUTION),
    ("basics/add/tests.js", TESTS),
    ("basics/add/data.js", DATA),
];

fn good(path: &str) -> &'static str {
    FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, text)| *text)
        .unwrap_or_else(|| panic!("{path} is not a file of the test pack"))
}

/// A pack folder that lives as long as one test; each case overwrites some files and puts them
/// back afterwards, which is much faster than a new folder per case.
struct Pack {
    dir: tempfile::TempDir,
}

impl Pack {
    fn new() -> Self {
        let pack = Pack {
            dir: tempfile::tempdir().unwrap(),
        };
        for (path, text) in FILES {
            pack.write(path, text.as_bytes());
        }
        load_pack(pack.path()).expect("the test pack loads cleanly");
        pack
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, path: &str, bytes: &[u8]) {
        let full = self.path().join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, bytes).unwrap();
    }

    /// Loads the pack with `changes` written over it (and the exercise alone, as `puente grade`
    /// does), checks what is reported, then restores the good files.
    fn check(&self, changes: &[(&str, Bytes)]) -> Result<(), TestCaseError> {
        for (path, bytes) in changes {
            self.write(path, &bytes.0);
        }
        let pack = load_pack(self.path()).map(|_| ());
        let exercise = load_exercise(&self.path().join("basics/add")).map(|_| ());
        let located = problems_are_located(self.path(), pack)
            .and_then(|()| problems_are_located(self.path(), exercise));
        for (path, _) in changes {
            self.write(path, good(path).as_bytes());
        }
        located
    }
}

/// File contents, shown escaped when a case fails.
#[derive(Clone)]
struct Bytes(Vec<u8>);

impl Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "b\"{}\"", self.0.escape_ascii())
    }
}

/// Every problem names a file inside the pack and a line that file has.
fn problems_are_located(dir: &Path, result: Result<(), LoadError>) -> Result<(), TestCaseError> {
    let Err(err) = result else {
        return Ok(());
    };
    prop_assert!(!err.problems.is_empty(), "an error without problems");
    for problem in &err.problems {
        prop_assert!(
            problem.file.starts_with(dir),
            "{problem}: not a file of the pack"
        );
        prop_assert!(!problem.message.trim().is_empty(), "{problem}: no message");
        if let Some(line) = problem.line {
            let lines = fs::read(&problem.file)
                .map(|bytes| bytes.split(|&b| b == b'\n').count())
                .unwrap_or(0);
            prop_assert!(
                (1..=lines).contains(&line),
                "{problem}: the file has {lines} lines"
            );
        }
    }
    Ok(())
}

/// Snippets that mean something to TOML, to front matter or to Markdown.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\r\n",
    "=",
    " = ",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    ",",
    ".",
    "#",
    "\\",
    "\\u",
    "\\U0010FFFF",
    "\n[[questions]]\n",
    "\n[[terms]]\n",
    "\n[questions]\n",
    "\nkind = \"multiple\"\n",
    "\nkind = \"text\"\n",
    "\ntitle = \"\"\n",
    "\ntitle = 1\n",
    "\nitems = []\n",
    "\nmodules = [\"basics\", \"basics\"]\n",
    "\nitems = [\"add\", \"../add\", \"Add\"]\n",
    "\nfiles = [\"/etc/passwd\", \"../x.js\", \"\", \"tests.js\", \"a\\\\b.js\"]\n",
    "\nconcepts = [\"never taught\"]\n",
    "\nterm = \"variable\"\n",
    "\noptions = [{ text = \"\" }]\n",
    "\nunknown = 1\n",
    "\na.b.c = 1\n",
    "+++\n",
    "+++\r\n",
    "\n+++\n",
    "# ",
    "\n# Title\n",
    "```js runnable throws\n",
    "```\n",
    "~~~\n",
    "> ",
    "- ",
    "1. ",
    "* ",
    "_",
    "`",
    "|a|b|\n|-|-|\n",
    "[x](javascript:alert(1))",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "<script>alert(1)</script>",
    "\u{0}",
    "\u{FEFF}",
    "\u{FFFD}",
    "é",
    "日本",
    "🦀",
];

/// Values of the wrong type, out of range or at the edge of what TOML allows.
const VALUES: &[&str] = &[
    "1",
    "0",
    "-1",
    "255",
    "256",
    "4294967296",
    "99999999999999999999999999",
    "-9223372036854775808",
    "9223372036854775808",
    "0x7fffffffffffffff",
    "1e400",
    "-0.0",
    "nan",
    "inf",
    "true",
    "\"\"",
    "\"text\"",
    "\"\\u0000\"",
    "'''\nmulti\nline'''",
    "[]",
    "[[]]",
    "[1, \"a\", true]",
    "[\"\"]",
    "{}",
    "{ a = 1 }",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "",
    "\"unterminated",
    "[1,",
];

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, &'static str),
    InsertBytes(Index, Vec<u8>),
    InvalidUtf8(Index, u8),
    DuplicateLine(Index),
    DeleteLine(Index),
    ReplaceValue(Index, &'static str),
    Nest(Index, Nesting, usize),
}

#[derive(Debug, Clone, Copy)]
enum Nesting {
    Arrays,
    InlineTables,
    DottedKeys,
    TableHeader,
    Quotes,
    Lists,
    Brackets,
    Emphasis,
}

impl Nesting {
    fn text(self, depth: usize) -> String {
        match self {
            Nesting::Arrays => format!("\na = {}{}\n", "[".repeat(depth), "]".repeat(depth)),
            Nesting::InlineTables => {
                format!("\na = {}1{}\n", "{ a = ".repeat(depth), " }".repeat(depth))
            }
            Nesting::DottedKeys => format!("\n{} = 1\n", vec!["a"; depth].join(".")),
            Nesting::TableHeader => format!("\n[{}]\nb = 1\n", vec!["a"; depth].join(".")),
            Nesting::Quotes => format!("\n{}x\n", "> ".repeat(depth)),
            // Items that start with a list marker open a list inside the item, all on one line.
            Nesting::Lists => format!("\n{}x\n", "- 1. ".repeat(depth / 2 + 1)),
            Nesting::Brackets => format!("{}x{}", "[".repeat(depth), "](y)".repeat(depth)),
            Nesting::Emphasis => format!("{}x{}", "*_".repeat(depth), "_*".repeat(depth)),
        }
    }
}

fn at(index: &Index, len: usize) -> usize {
    if len == 0 {
        0
    } else {
        index.index(len + 1)
    }
}

/// The byte ranges of the lines of `bytes`, newline included.
fn lines(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < bytes.len() {
        out.push((start, bytes.len()));
    }
    out
}

impl Mutation {
    fn apply(&self, bytes: &mut Vec<u8>) {
        match self {
            Mutation::Truncate(i) => bytes.truncate(at(i, bytes.len())),
            Mutation::Flip(i, mask) => {
                if !bytes.is_empty() {
                    let i = i.index(bytes.len());
                    bytes[i] ^= mask.max(&1);
                }
            }
            Mutation::Insert(i, text) => {
                let i = at(i, bytes.len());
                bytes.splice(i..i, text.bytes());
            }
            Mutation::InsertBytes(i, soup) => {
                let i = at(i, bytes.len());
                bytes.splice(i..i, soup.iter().copied());
            }
            Mutation::InvalidUtf8(i, b) => {
                let i = at(i, bytes.len());
                bytes.insert(i, 0x80 | b);
            }
            Mutation::DuplicateLine(i) => {
                let lines = lines(bytes);
                if !lines.is_empty() {
                    let (start, end) = lines[i.index(lines.len())];
                    let line = bytes[start..end].to_vec();
                    bytes.splice(end..end, line);
                }
            }
            Mutation::DeleteLine(i) => {
                let lines = lines(bytes);
                if !lines.is_empty() {
                    let (start, end) = lines[i.index(lines.len())];
                    bytes.drain(start..end);
                }
            }
            Mutation::ReplaceValue(i, value) => {
                let assignments: Vec<(usize, usize)> = lines(bytes)
                    .into_iter()
                    .filter(|&(s, e)| bytes[s..e].contains(&b'='))
                    .collect();
                if !assignments.is_empty() {
                    let (start, end) = assignments[i.index(assignments.len())];
                    let eq = start + bytes[start..end].iter().position(|&b| b == b'=').unwrap();
                    let newline = usize::from(bytes[end - 1] == b'\n');
                    bytes.splice(eq + 1..end - newline, format!(" {value}").into_bytes());
                }
            }
            Mutation::Nest(i, kind, depth) => {
                let i = at(i, bytes.len());
                bytes.splice(i..i, kind.text(*depth).into_bytes());
            }
        }
    }
}

fn nesting() -> impl Strategy<Value = Nesting> {
    prop_oneof![
        Just(Nesting::Arrays),
        Just(Nesting::InlineTables),
        Just(Nesting::DottedKeys),
        Just(Nesting::TableHeader),
        Just(Nesting::Quotes),
        Just(Nesting::Lists),
        Just(Nesting::Brackets),
        Just(Nesting::Emphasis),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), any::<u8>()).prop_map(|(i, m)| Mutation::Flip(i, m)),
        (any::<Index>(), prop::sample::select(FRAGMENTS)).prop_map(|(i, f)| Mutation::Insert(i, f)),
        (any::<Index>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(i, b)| Mutation::InsertBytes(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::InvalidUtf8(i, b)),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        any::<Index>().prop_map(Mutation::DeleteLine),
        (any::<Index>(), prop::sample::select(VALUES))
            .prop_map(|(i, v)| Mutation::ReplaceValue(i, v)),
        (
            any::<Index>(),
            nesting(),
            prop_oneof![1usize..64, 64usize..=10_000]
        )
            .prop_map(|(i, kind, depth)| Mutation::Nest(i, kind, depth)),
    ]
}

fn mutated(good: &'static str) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(mutation(), 1..5).prop_map(move |mutations| {
        let mut bytes = good.as_bytes().to_vec();
        for m in &mutations {
            m.apply(&mut bytes);
        }
        bytes
    })
}

/// What a file of the pack might hold: byte soup, any text, TOML- and Markdown-like soup, or the
/// good file with a few mutations (weighted up, since it gets past the parser more often).
fn contents(good: &'static str) -> impl Strategy<Value = Bytes> {
    let bytes = prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..256),
        1 => any::<String>().prop_map(String::into_bytes),
        1 => prop::collection::vec(prop::sample::select(FRAGMENTS), 0..32)
            .prop_map(|parts| parts.concat().into_bytes()),
        1 => "[a-z0-9 =\\[\\]{}\"',.#+\n-]{0,200}".prop_map(String::into_bytes),
        // Multi-byte characters where TOML expects ASCII, so error positions fall inside them.
        1 => "[a-z0-9 =\\[\\]{}\"',.#\n\\\\é日🦀\u{301}\u{2028}\u{FEFF}-]{0,80}".prop_map(String::into_bytes),
        4 => mutated(good),
    ];
    bytes.prop_map(Bytes)
}

fn fuzz_file(name: &str, path: &'static str) {
    let pack = Pack::new();
    run(name, contents(good(path)), |bytes| {
        pack.check(&[(path, bytes)])
    });
}

#[test]
fn fuzz_pack_toml() {
    fuzz_file("fuzz_pack_toml", "pack.toml");
}

#[test]
fn fuzz_module_toml() {
    fuzz_file("fuzz_module_toml", "basics/module.toml");
}

#[test]
fn fuzz_lesson_with_front_matter() {
    fuzz_file("fuzz_lesson_with_front_matter", "basics/intro.md");
}

#[test]
fn fuzz_exercise_toml() {
    fuzz_file("fuzz_exercise_toml", "basics/add/exercise.toml");
}

#[test]
fn fuzz_exercise_instructions() {
    fuzz_file("fuzz_exercise_instructions", "basics/add/instructions.md");
}

#[test]
fn fuzz_quiz_toml() {
    fuzz_file("fuzz_quiz_toml", "basics/check.quiz.toml");
}

#[test]
fn fuzz_glossary_toml() {
    fuzz_file("fuzz_glossary_toml", "glossary.toml");
}

#[test]
fn fuzz_several_files_at_once() {
    let pack = Pack::new();
    let strategy = prop::collection::vec(
        (0..FILES.len()).prop_flat_map(|n| {
            let (path, text) = FILES[n];
            (Just(path), contents(text))
        }),
        2..5,
    );
    run("fuzz_several_files_at_once", strategy, |changes| {
        pack.check(&changes)
    });
}

#[test]
fn fuzz_deep_nesting_in_every_file() {
    let pack = Pack::new();
    let started = Instant::now();
    let kinds = [
        Nesting::Arrays,
        Nesting::InlineTables,
        Nesting::DottedKeys,
        Nesting::TableHeader,
        Nesting::Quotes,
        Nesting::Lists,
        Nesting::Brackets,
        Nesting::Emphasis,
    ];
    for (path, text) in FILES {
        for kind in kinds {
            let mut bytes = text.as_bytes().to_vec();
            bytes.extend(kind.text(10_000).into_bytes());
            pack.check(&[(path, Bytes(bytes))])
                .unwrap_or_else(|e| panic!("{path} with {kind:?}: {e}"));
        }
    }
    println!(
        "fuzz_deep_nesting_in_every_file: {} cases in {:.2} s",
        FILES.len() * kinds.len(),
        started.elapsed().as_secs_f64()
    );
}

// Tags and attributes pulldown-cmark writes for the Markdown options packs use; anything else
// in the output came from the pack.
const TAGS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "em",
    "strong",
    "del",
    "code",
    "pre",
    "a",
    "img",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
];
const ATTRIBUTES: &[&str] = &["href", "src", "alt", "title", "class", "start", "style"];

fn decode_entities(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Checks rendered HTML. Prose may mention `javascript:` or `onclick=` as text, which is
/// harmless once escaped, so URLs and attribute names are checked inside tags only.
fn html_is_safe(html: &str) -> Result<(), TestCaseError> {
    let lower = html.to_ascii_lowercase();
    for tag in [
        "<script", "<svg", "<iframe", "<object", "<embed", "<style", "<math",
    ] {
        prop_assert!(!lower.contains(tag), "{tag} in {html}");
    }
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            return Err(TestCaseError::fail(format!("an unclosed tag in {html}")));
        };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let tag = tag.strip_suffix('/').unwrap_or(tag).trim_end();
        let name_end = tag.find(' ').unwrap_or(tag.len());
        let name = &tag[..name_end];
        prop_assert!(TAGS.contains(&name), "tag <{name}> in {html}");
        let mut attrs = &tag[name_end..];
        while !attrs.trim_start().is_empty() {
            attrs = attrs.trim_start();
            let Some(eq) = attrs.find("=\"") else {
                return Err(TestCaseError::fail(format!(
                    "attribute {attrs:?} in {html}"
                )));
            };
            let attr = &attrs[..eq];
            prop_assert!(ATTRIBUTES.contains(&attr), "attribute {attr:?} in {html}");
            let value_start = eq + 2;
            let Some(len) = attrs[value_start..].find('"') else {
                return Err(TestCaseError::fail(format!("unclosed value in {html}")));
            };
            let value = decode_entities(&attrs[value_start..value_start + len]);
            attrs = &attrs[value_start + len + 1..];
            if attr == "href" || attr == "src" {
                let url: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                if let Some(end) = url.find([':', '/', '?', '#']) {
                    if url[end..].starts_with(':') {
                        let scheme = &url[..end];
                        prop_assert!(
                            ["http", "https", "mailto"].contains(&scheme),
                            "{attr}={value:?} in {html}"
                        );
                    }
                }
            }
        }
    }
    Ok(())
}

/// Markdown built from hostile pieces: links and images with every kind of URL, raw HTML,
/// entities, fences, nesting, plus arbitrary text.
fn hostile_markdown() -> impl Strategy<Value = String> {
    let url = prop_oneof![
        prop::sample::select(
            &[
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "&#106;avascript:alert(1)",
                "&#x6A;avascript&colon;alert(1)",
                "java&#9;script:x",
                "java&NewLine;script:x",
                "&#1;javascript:x",
                "<\tjavascript:x>",
                "< javascript:x>",
                "vbscript:x",
                "data:text/html,<script>alert(1)</script>",
                "data:image/svg+xml,<svg onload=alert(1)>",
                "file:///etc/passwd",
                "blob:https://x/y",
                "steam://run",
                "https://example.org/\" onmouseover=\"alert(1)",
                "https://example.org",
                "mailto:a@b.c",
                "./a.md",
                "../b",
                "/c",
                "#d",
                "x.md",
                "",
            ][..]
        )
        .prop_map(str::to_string),
        "[a-zA-Z:/#?&;. \t\"'<>()\\\\-]{0,24}",
    ];
    let piece = prop_oneof![
        3 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => prop::sample::select(&[
            "<a href=\"javascript:alert(1)\">x</a>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<scr<script>ipt>",
            "<!-- x -->",
            "<![CDATA[x]]>",
            "<?php x ?>",
            "<div\nonclick=\"x\">",
            "&lt;script&gt;",
            "\" onclick=\"x",
            "' onload='x",
            "<",
            "&",
            "&amp;",
            "](",
            "[r]: ",
            "\n[r]: javascript:x \"t\"\n",
            "[r]",
            "[x][r]",
        ][..])
        .prop_map(str::to_string),
        3 => (url.clone(), "[a-z ]{0,8}").prop_map(|(u, t)| format!("[{t}]({u})")),
        2 => (url.clone(), "[a-z ]{0,8}").prop_map(|(u, t)| format!("![{t}]({u})")),
        1 => (url.clone(), "[a-z]{0,8}").prop_map(|(u, t)| format!("[{t}]({u} \"{t}\")")),
        1 => url.clone().prop_map(|u| format!("<{u}>")),
        1 => url.prop_map(|u| format!("\n[r]: {u}\n")),
        2 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn render_everything(markdown: &str, first_line: u32) -> Result<(), TestCaseError> {
    html_is_safe(&to_html(markdown))?;
    html_is_safe(&inline_to_html(markdown))?;
    for part in to_lesson_parts(markdown, first_line) {
        match part {
            LessonPart::Html { html } => html_is_safe(&html)?,
            LessonPart::Example { line, .. } => prop_assert!(line >= first_line),
        }
    }
    Ok(())
}

/// The line a lesson body starts on; any value must do, not only the ones real files give.
fn first_line() -> impl Strategy<Value = u32> {
    prop_oneof![Just(1), 1u32..100, any::<u32>(), Just(u32::MAX)]
}

#[test]
fn fuzz_markdown_output_is_safe() {
    run(
        "fuzz_markdown_output_is_safe",
        (hostile_markdown(), first_line()),
        |(markdown, first_line)| render_everything(&markdown, first_line),
    );
}

#[test]
fn fuzz_markdown_any_text() {
    run(
        "fuzz_markdown_any_text",
        (any::<String>(), first_line()),
        |(markdown, first_line)| render_everything(&markdown, first_line),
    );
}

#[test]
fn fuzz_markdown_deep_nesting() {
    run(
        "fuzz_markdown_deep_nesting",
        (nesting(), 1usize..=10_000),
        |(kind, depth)| render_everything(&kind.text(depth), 1),
    );
}

#[test]
fn the_html_check_rejects_unsafe_output() {
    // The safety check above must itself reject dangerous output, or the properties prove nothing.
    for html in [
        "<script>x</script>",
        "<p onclick=\"x\">a</p>",
        "<a href=\"javascript:x\">a</a>",
        "<a href=\" JavaScript:x\">a</a>",
        "<img src=\"data:x\" />",
        "<div>x</div>",
        "<svg>",
    ] {
        assert!(html_is_safe(html).is_err(), "{html} passed the check");
    }
    for html in [
        "<p>javascript: is a scheme; onclick=x is an attribute</p>",
        "<a href=\"https://example.org\" title=\"t\">a</a>",
        "<img src=\"a.png\" alt=\"x\" />",
        "<th style=\"text-align: left\">a</th>",
    ] {
        assert!(html_is_safe(html).is_ok(), "{html} failed the check");
    }
}
