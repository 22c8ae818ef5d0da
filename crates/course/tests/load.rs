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
        matches!(&lesson.parts[..], [course::LessonPart::Html { html }] if html.contains("&lt;b&gt;")),
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
    has("lesson, exercise or quiz \"stray.md\" is not listed in `items`");
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

fn problems(p: &TempPack) -> String {
    load_pack(p.path()).unwrap_err().to_string()
}

#[test]
fn front_matter_declares_concepts_that_later_exercises_may_use() {
    let p = good_pack("concepts");
    p.write(
        "basics/intro.md",
        "+++\nintroduces = [\"Functions\", \"return\"]\n+++\n# Intro\n\n```js runnable\nconsole.log(1);\n```\n",
    )
    .write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nconcepts = [\"functions\", \"Return\"]\nhints = [\"Use `+`.\"]\n",
    );
    let pack = load_pack(p.path()).unwrap();
    let Item::Lesson(lesson) = &pack.modules[0].items[0] else {
        panic!("a lesson")
    };
    assert_eq!(lesson.title, "Intro");
    assert_eq!(lesson.introduces, ["functions", "return"]);
    assert_eq!(
        lesson.examples().collect::<Vec<_>>(),
        [("console.log(1);\n", false, 6, None)]
    );
}

#[test]
fn a_concept_no_earlier_lesson_introduces_is_reported() {
    let p = good_pack("concept-order");
    p.write(
        "basics/module.toml",
        "title = \"Basics\"\nitems = [\"add\", \"intro\"]\n",
    )
    .write("basics/intro.md", "+++\nintroduces = [\"functions\"]\n+++\n# Intro\n")
    .write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nconcepts = [\"functions\"]\nhints = [\"Use `+`.\"]\n",
    );
    let err = problems(&p);
    assert!(
        err.contains("add/exercise.toml:4: concept \"functions\" is not introduced by any lesson before this exercise"),
        "{err}"
    );
}

#[test]
fn bad_front_matter_points_at_the_line() {
    let p = good_pack("front-matter");
    p.write(
        "basics/intro.md",
        "+++\nintroduces = [\"a\"]\nteaches = 1\n+++\n# Intro\n",
    );
    assert!(
        problems(&p).contains("intro.md:3: unknown key `teaches`"),
        "{}",
        problems(&p)
    );
    p.write("basics/intro.md", "+++\nintroduces = []\n# Intro\n");
    assert!(
        problems(&p).contains("intro.md:1: the front matter"),
        "{}",
        problems(&p)
    );
}

const QUIZ: &str = r#"title = "Quiz"

[[questions]]
kind = "single"
prompt = "Pick `b`"
options = [
  { text = "a", explain = "No." },
  { text = "b", correct = true, explain = "Yes." },
]

[[questions]]
kind = "text"
prompt = "Type 404"
answers = ["404"]
explain = "Not found."
"#;

#[test]
fn quizzes_load_and_can_be_answered() {
    let p = good_pack("quiz");
    p.write(
        "basics/module.toml",
        "title = \"Basics\"\nitems = [\"intro\", \"add\", \"check\"]\n",
    )
    .write("basics/check.quiz.toml", QUIZ);
    let pack = load_pack(p.path()).unwrap();
    let Item::Quiz(quiz) = &pack.modules[0].items[2] else {
        panic!("a quiz")
    };
    assert_eq!(quiz.id, "check");
    assert_eq!(quiz.questions.len(), 2);
    assert_eq!(quiz.questions[0].prompt_html, "Pick <code>b</code>");
    assert!(quiz.questions[0].is_correct(&course::Response::Choices(vec![1])));
    assert!(quiz.questions[1].is_correct(&course::Response::Text(" 404 ".into())));
}

#[test]
fn quiz_mistakes_name_the_question_and_its_line() {
    let p = good_pack("bad-quiz");
    p.write(
        "basics/module.toml",
        "title = \"Basics\"\nitems = [\"intro\", \"add\", \"check\"]\n",
    )
    .write(
        "basics/check.quiz.toml",
        &QUIZ
            .replace("correct = true, ", "")
            .replace("kind = \"text\"", "kind = \"essay\""),
    );
    let err = problems(&p);
    assert!(err.contains("check.quiz.toml:3: question 1: a \"single\" question needs 2 to 6 options with exactly one `correct = true`; it has 2 options and 0 correct"), "{err}");
    assert!(
        err.contains("check.quiz.toml:11: question 2: kind \"essay\" is not known"),
        "{err}"
    );
}

#[test]
fn an_unlisted_quiz_is_reported() {
    let p = good_pack("unlisted-quiz");
    p.write("basics/check.quiz.toml", QUIZ);
    assert!(
        problems(&p).contains("\"check.quiz.toml\" is not listed in `items`; add \"check\""),
        "{}",
        problems(&p)
    );
}

#[test]
fn the_glossary_is_sorted_and_checked() {
    let p = good_pack("glossary");
    p.write(
        "glossary.toml",
        "[[terms]]\nterm = \"variable\"\nes = \"variable\"\ndefinition = \"A named value.\"\n\n[[terms]]\nterm = \"array\"\nes = \"arreglo\"\ndefinition = \"A list.\"\ndefinition_es = \"Una lista.\"\n",
    );
    let pack = load_pack(p.path()).unwrap();
    let terms: Vec<&str> = pack.glossary.iter().map(|t| t.term.as_str()).collect();
    assert_eq!(terms, ["array", "variable"]);
    p.write(
        "glossary.toml",
        "[[terms]]\nterm = \"loop\"\nes = \"\"\ndefinition = \"x\"\n",
    );
    assert!(
        problems(&p).contains("glossary.toml:2: term \"loop\" needs `term`, `es` and `definition`"),
        "{}",
        problems(&p)
    );
}

#[test]
fn helper_files_load_with_the_exercise_and_mistakes_are_named() {
    let p = good_pack("helpers");
    p.write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\"]\nfiles = [\"data/prices.js\"]\n",
    )
    .write("basics/add/data/prices.js", "export const prices = [1, 2];\n");
    let pack = load_pack(p.path()).unwrap();
    let Item::Exercise(add) = &pack.modules[0].items[1] else {
        panic!("the second item is the exercise")
    };
    assert_eq!(
        add.files.get("data/prices.js").map(String::as_str),
        Some("export const prices = [1, 2];\n")
    );

    p.write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\"]\n\nfiles = [\"../secret.js\", \"missing.js\", \"tests.js\", \"notes.txt\"]\n",
    );
    let text = problems(&p);
    assert!(
        text.contains("exercise.toml:6: helper file \"../secret.js\" must be a path inside the exercise folder"),
        "{text}"
    );
    assert!(
        text.contains("missing.js: missing file; create it"),
        "{text}"
    );
    assert!(
        text.contains("\"tests.js\" is one of the exercise's own files"),
        "{text}"
    );
    assert!(
        text.contains("helper file \"notes.txt\" must be JavaScript"),
        "{text}"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_named_with_its_line() {
    let p = good_pack("not-utf8");
    let full = p.path().join("basics/intro.md");
    fs::write(&full, b"# Intro\n\nCaf\xe9 con leche.\n").unwrap();
    let err = problems(&p);
    assert!(
        err.contains("intro.md:3: the file is not UTF-8 text"),
        "{err}"
    );
}

#[test]
fn deeply_nested_toml_is_an_error_with_a_line() {
    let p = good_pack("deep-toml");
    p.write(
        "basics/module.toml",
        &format!(
            "title = \"Basics\"\nitems = [\"intro\", \"add\"]\nx = {}{}\n",
            "[".repeat(10_000),
            "]".repeat(10_000)
        ),
    );
    let err = problems(&p);
    assert!(err.contains("module.toml:3: "), "{err}");
}

#[test]
fn a_lesson_that_ends_with_its_front_matter_points_at_the_last_line() {
    let p = good_pack("front-matter-only");
    p.write("basics/intro.md", "+++\nintroduces = [\"functions\"]\n+++");
    let err = problems(&p);
    assert!(
        err.contains("intro.md:3: a lesson must start with its title"),
        "{err}"
    );
    p.write("basics/intro.md", "+++\nintroduces = []\n+++\n");
    let err = problems(&p);
    assert!(
        err.contains("intro.md:4: a lesson must start with its title"),
        "{err}"
    );
}

#[test]
fn an_imported_pack_names_its_source_and_may_omit_hints() {
    let p = good_pack("imported");
    p.write(
        "pack.toml",
        "id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nmodules = [\"basics\"]\n\n[source]\nname = \"Somewhere\"\nlicense = \"MIT\"\nlicense_file = \"LICENSE.md\"\n",
    )
    .write("LICENSE.md", "MIT License\n")
    .write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = []\nimport_as = \"./add\"\n",
    );
    let pack = load_pack(p.path()).unwrap();
    let source = pack.source.as_ref().unwrap();
    assert_eq!(
        (source.name.as_str(), source.license.as_str()),
        ("Somewhere", "MIT")
    );
    let (_, add) = pack.exercises().next().unwrap();
    assert_eq!(add.import_as.as_deref(), Some("./add"));
    assert!(add.hints.is_empty());

    // Without [source] the same exercise needs its hints; a bad import_as and a missing license
    // file are reported where they are written.
    p.write(
        "pack.toml",
        "id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nmodules = [\"basics\"]\n",
    );
    assert!(
        problems(&p).contains("add/exercise.toml:4: add at least one hint"),
        "{}",
        problems(&p)
    );
    p.write(
        "pack.toml",
        "id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nmodules = [\"basics\"]\n[source]\nname = \"Somewhere\"\nlicense = \"MIT\"\nlicense_file = \"COPYING.md\"\n",
    )
    .write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = []\nimport_as = \"../add\"\n",
    );
    let found = problems(&p);
    assert!(
        found.contains("pack.toml:8: license_file \"COPYING.md\" does not exist"),
        "{found}"
    );
    assert!(
        found.contains("add/exercise.toml:5: import_as \"../add\" must be"),
        "{found}"
    );
}

#[test]
fn checks_replace_tests_js_for_assert_style_exercises() {
    let p = good_pack("checks");
    fs::remove_file(p.path().join("basics/add/tests.js")).unwrap();
    p.write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\"]\n\n[[checks]]\ntext = \"`add(1, 2)` is 3\"\ncode = \"assert.strictEqual(add(1, 2), 3);\"\n\n[[checks]]\ntext = \"\"\ncode = \"assert(true);\"\n",
    );
    assert!(
        problems(&p).contains("add/exercise.toml:10: check 2: needs `text`"),
        "{}",
        problems(&p)
    );
    p.write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\"]\n\n[[checks]]\ntext = \"`add(1, 2)` is 3\"\ncode = \"assert.strictEqual(add(1, 2), 3);\"\n",
    );
    let pack = load_pack(p.path()).unwrap();
    let (_, add) = pack.exercises().next().unwrap();
    assert_eq!(add.checks.len(), 1);
    assert_eq!(add.tests, "");
    assert_eq!(add.around, None);

    // Code that runs around the learner's script comes with the exercise.
    p.write("basics/add/before.js", "const start = 1;\n");
    p.write("basics/add/after.js", "const end = 2;\n");
    let pack = load_pack(p.path()).unwrap();
    let (_, add) = pack.exercises().next().unwrap();
    let around = add.around.as_deref().unwrap();
    assert_eq!(around.before, "const start = 1;\n");
    assert_eq!(around.after, "const end = 2;\n");

    p.write("basics/add/tests.js", "test('x', () => {});\n");
    assert!(
        problems(&p).contains("add/tests.js: the exercise has both [[checks]]"),
        "{}",
        problems(&p)
    );
    p.write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\"]\n",
    );
    assert!(
        problems(&p)
            .contains("add/before.js: before.js runs only around an exercise graded by [[checks]]"),
        "{}",
        problems(&p)
    );
}

#[test]
fn spanish_translations_load_and_stale_or_missing_ones_are_reported() {
    use course::translation::source_hash;
    let p = good_pack("spanish");
    let lesson_hash = source_hash("# Intro\n\nHello <b>there</b>.\n");
    let instructions_hash = source_hash("Add two numbers: `add(1, 2)` is `3`.\n");
    p.write(
        "basics/intro.es.md",
        &format!("+++\nsource = \"{lesson_hash}\"\n+++\n# Introducción\n\nHola.\n"),
    )
    .write(
        "basics/add/instructions.es.md",
        &format!("<!-- source: {instructions_hash} -->\nSuma dos números.\n"),
    )
    .write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ntitle_es = \"Sumar\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\", \"Return it.\"]\nhints_es = [\"Usa `+`.\", \"Regrésalo.\"]\n",
    );
    let pack = load_pack(p.path()).unwrap_or_else(|e| panic!("{e}"));
    let Item::Lesson(intro) = &pack.modules[0].items[0] else {
        panic!("a lesson")
    };
    let es = intro.es.as_deref().expect("the Spanish lesson");
    assert_eq!(es.title, "Introducción");
    let (_, add) = pack.exercises().next().unwrap();
    let es = add.es.as_deref().expect("the Spanish exercise text");
    assert_eq!(es.title, "Sumar");
    assert!(es.instructions_html.contains("Suma dos números"));
    assert!(!es.instructions_html.contains("source"));
    assert_eq!(es.hints.len(), 2);

    // The English changes: both translations are stale, and say what to set.
    p.write("basics/intro.md", "# Intro\n\nHello again.\n");
    p.write("basics/add/instructions.md", "Add two numbers.\n");
    let found = problems(&p);
    assert!(
        found.contains("intro.es.md:1: this translation is stale")
            && found.contains(&source_hash("# Intro\n\nHello again.\n")),
        "{found}"
    );
    assert!(
        found.contains("instructions.es.md:1: this translation is stale"),
        "{found}"
    );

    // A pack that promises Spanish names what is missing; hints must match one for one.
    let p = good_pack("spanish-missing");
    p.write(
        "pack.toml",
        "id = \"demo\"\ntitle = \"Demo\"\nversion = \"1.0.0\"\nmodules = [\"basics\"]\nlanguages = [\"es\"]\n",
    )
    .write(
        "basics/add/exercise.toml",
        "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\", \"Return it.\"]\nhints_es = [\"Usa `+`.\"]\n",
    );
    let found = problems(&p);
    assert!(
        found.contains("intro.md: the pack promises Spanish")
            && found.contains("instructions.es.md: the pack promises Spanish")
            && found.contains("hints_es has 1 hints and hints has 2"),
        "{found}"
    );
    assert!(!found.contains("is not listed"), "{found}");
}

#[test]
fn a_page_exercise_loads_its_html_css_and_routes_and_mistakes_are_named() {
    let p = good_pack("page");
    let toml = "title = \"Add\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `+`.\"]\n\n[page]\nurl = \"https://clima.example/\"\n\n[[page.routes]]\nurl = \"/api/weather\"\njson = { city = \"Monterrey\", temp = 31 }\ndelay_ms = 200\n\n[[page.routes]]\nmethod = \"post\"\nurl = \"/api/log\"\nstatus = 201\njson_file = \"logged.json\"\n";
    p.write("basics/add/exercise.toml", toml)
        .write("basics/add/index.html", "<h1>Clima</h1>\n")
        .write("basics/add/style.css", "h1 { color: teal; }\n")
        .write("basics/add/logged.json", "null\n");
    let pack = load_pack(p.path()).unwrap();
    let Item::Exercise(add) = &pack.modules[0].items[1] else {
        panic!("the second item is the exercise")
    };
    let page = add.page.as_deref().expect("a page exercise");
    assert_eq!(page.html, "<h1>Clima</h1>\n");
    assert_eq!(page.css, "h1 { color: teal; }\n");
    assert_eq!(page.url, "https://clima.example/");
    assert_eq!(
        page.routes[0].json.as_deref(),
        Some(r#"{"city":"Monterrey","temp":31}"#)
    );
    assert_eq!(page.routes[0].delay_ms, 200);
    assert_eq!(page.routes[1].method, "POST");
    assert_eq!(page.routes[1].status, 201);
    assert_eq!(page.routes[1].json.as_deref(), Some("null\n"));

    p.write(
        "basics/add/exercise.toml",
        &toml
            .replace("status = 201", "status = 999")
            .replace("https://clima.example/", "clima.example"),
    )
    .write("basics/add/logged.json", "{ nope }\n");
    let text = problems(&p);
    assert!(text.contains("exercise.toml:7: the page's url \"clima.example\" must be an address starting with https://"), "{text}");
    assert!(
        text.contains("exercise.toml:14: route 2: status 999 is not an HTTP status"),
        "{text}"
    );
    assert!(
        text.contains("logged.json: line 1: this is not JSON"),
        "{text}"
    );

    fs::remove_file(p.path().join("basics/add/index.html")).unwrap();
    p.write("basics/add/exercise.toml", toml);
    let text = problems(&p);
    assert!(text.contains("a [page] table but no index.html"), "{text}");
}

#[test]
fn a_page_whose_learner_writes_the_html_or_the_style_sheet_loads_those_files() {
    let p = good_pack("page-edit");
    for name in ["starter.js", "solution.js"] {
        fs::remove_file(p.path().join("basics/add").join(name)).unwrap();
    }
    let toml = "title = \"Menu\"\ndifficulty = 1\nminutes = 5\nhints = [\"Use `<nav>`.\"]\n\n[page]\nedit = \"html\"\n";
    p.write("basics/add/exercise.toml", toml)
        .write("basics/add/starter.html", "<div>Menú</div>\n")
        .write("basics/add/solution.html", "<nav>Menú</nav>\n")
        .write("basics/add/style.css", "nav { display: flex; }\n");
    let pack = load_pack(p.path()).unwrap();
    let Item::Exercise(menu) = &pack.modules[0].items[1] else {
        panic!("the second item is the exercise")
    };
    let page = menu.page.as_deref().expect("a page exercise");
    assert_eq!(page.edit, course::PageEdit::Html);
    assert_eq!(menu.starter, "<div>Menú</div>\n");
    assert_eq!(menu.solution, "<nav>Menú</nav>\n");
    assert_eq!(page.css, "nav { display: flex; }\n");
    assert_eq!(page.html, "");

    // The learner writes the style sheet: the page is index.html, and style.css has no place.
    p.write(
        "basics/add/exercise.toml",
        &toml.replace("edit = \"html\"", "edit = \"css\""),
    )
    .write("basics/add/index.html", "<nav>Menú</nav>\n")
    .write("basics/add/starter.css", "nav {}\n")
    .write("basics/add/solution.css", "nav { display: flex; }\n");
    let text = problems(&p);
    assert!(
        text.contains("style.css: the learner writes this page's style sheet (starter.css"),
        "{text}"
    );
    fs::remove_file(p.path().join("basics/add/style.css")).unwrap();
    let pack = load_pack(p.path()).unwrap();
    let Item::Exercise(menu) = &pack.modules[0].items[1] else {
        panic!("the second item is the exercise")
    };
    assert_eq!(menu.starter, "nav {}\n");
    assert_eq!(menu.page.as_deref().unwrap().html, "<nav>Menú</nav>\n");

    // Mistakes name the file and what to do.
    p.write(
        "basics/add/exercise.toml",
        &toml.replace("edit = \"html\"", "edit = \"markup\""),
    );
    let text = problems(&p);
    assert!(
        text.contains("exercise.toml:7: edit = \"markup\" is not a file a learner can write"),
        "{text}"
    );
    p.write("basics/add/exercise.toml", toml)
        .write("basics/add/starter.js", "export {};\n");
    let text = problems(&p);
    assert!(text.contains("remove index.html"), "{text}");
    assert!(
        text.contains("starter.js: the learner writes this page's HTML (starter.html), so the page has no script; remove starter.js"),
        "{text}"
    );
}

/// The hash a problem message asks to set, from its `source_es = "…"`.
fn asked_source(found: &str, question: usize) -> String {
    let line = found
        .lines()
        .find(|l| l.contains(&format!("question {question}:")) && l.contains("source_es = \""))
        .unwrap_or_else(|| panic!("question {question} names its source hash: {found}"));
    let start = line.rfind("source_es = \"").unwrap() + "source_es = \"".len();
    line[start..start + 12].to_string()
}

#[test]
fn a_quiz_carries_spanish_and_stale_or_incomplete_questions_are_reported() {
    let p = good_pack("quiz-es");
    p.write(
        "basics/module.toml",
        "title = \"Basics\"\nitems = [\"intro\", \"add\", \"check\"]\n",
    );
    let spanish = |first: &str, second: &str| {
        QUIZ.replace("title = \"Quiz\"", "title = \"Quiz\"\ntitle_es = \"Prueba\"")
            .replace(
                "{ text = \"a\", explain = \"No.\" }",
                "{ text = \"a\", explain = \"No.\", text_es = \"a\", explain_es = \"No.\" }",
            )
            .replace(
                "{ text = \"b\", correct = true, explain = \"Yes.\" }",
                "{ text = \"b\", correct = true, explain = \"Yes.\", text_es = \"b\", explain_es = \"Sí.\" }",
            )
            .replace(
                "prompt = \"Pick `b`\"",
                &format!("prompt = \"Pick `b`\"\nprompt_es = \"Elige `b`\"\nsource_es = \"{first}\""),
            )
            .replace(
                "explain = \"Not found.\"",
                &format!("explain = \"Not found.\"\nprompt_es = \"Escribe 404\"\nexplain_es = \"No encontrado.\"\nanswers_es = [\"cuatrocientos cuatro\"]\nsource_es = \"{second}\""),
            )
    };
    // Without the right source hashes, each question says which hash to set.
    p.write(
        "basics/check.quiz.toml",
        &spanish("000000000000", "000000000000"),
    );
    let found = problems(&p);
    assert!(
        found.contains("check.quiz.toml:4: question 1: the Spanish is stale"),
        "{found}"
    );
    let (first, second) = (asked_source(&found, 1), asked_source(&found, 2));
    p.write("basics/check.quiz.toml", &spanish(&first, &second));
    let pack = load_pack(p.path()).unwrap_or_else(|e| panic!("{e}"));
    let Item::Quiz(quiz) = &pack.modules[0].items[2] else {
        panic!("a quiz")
    };
    let (es, whole) = quiz.in_spanish();
    assert!(whole);
    assert_eq!(es.title, "Prueba");
    assert_eq!(es.questions[0].prompt_html, "Elige <code>b</code>");
    assert!(es.questions[0].is_correct(&course::Response::Choices(vec![1])));
    assert!(es.questions[1].is_correct(&course::Response::Text("Cuatrocientos cuatro".into())));
    assert!(es.questions[1].is_correct(&course::Response::Text("404".into())));

    // The English changes under the Spanish: that question is stale; a question left without
    // Spanish in a translated quiz, or with part of it, is named.
    p.write(
        "basics/check.quiz.toml",
        &spanish(&first, &second)
            .replace("prompt = \"Pick `b`\"", "prompt = \"Choose `b`\"")
            .replace("prompt_es = \"Escribe 404\"\n", "")
            .replace(", text_es = \"a\"", ""),
    );
    let found = problems(&p);
    assert!(
        found.contains("question 1: the Spanish is stale")
            && found.contains(
                "question 1: the Spanish is incomplete; add text_es and explain_es of option 1"
            )
            && found.contains("question 2: the Spanish is incomplete; add prompt_es"),
        "{found}"
    );
    p.write(
        "basics/check.quiz.toml",
        &QUIZ.replace(
            "title = \"Quiz\"",
            "title = \"Quiz\"\ntitle_es = \"Prueba\"",
        ),
    );
    let found = problems(&p);
    assert!(
        found.contains("question 1: the quiz is translated, but this question has no Spanish"),
        "{found}"
    );
}
