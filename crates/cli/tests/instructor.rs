//! An instructor's path from an empty folder to a classroom: `new`, `build`, `site`, `serve`,
//! `preview`.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn puente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_puente"))
}

fn run(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    let mut cmd = puente();
    for a in args {
        cmd.arg(a);
    }
    cmd.output().unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn fundamentals() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../packs/fundamentals")
}

/// A stand-in for `cargo xtask dist`'s output: what matters here is that every file is
/// published, and the page's policy.
fn fake_app(dir: &Path) -> PathBuf {
    let app = dir.join("app");
    fs::create_dir_all(app.join("icons")).unwrap();
    fs::write(
        app.join("index.html"),
        "<!doctype html>\n<html><head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'\">\n</head><body>\n<script type=\"module\" src=\"./boot.js\"></script>\n</body></html>\n",
    )
    .unwrap();
    fs::write(app.join("boot.js"), "export {};\n").unwrap();
    fs::write(app.join("puente-app_bg.0123.wasm"), b"\0asm\x01\0\0\0").unwrap();
    fs::write(app.join("icons/icon.svg"), "<svg/>").unwrap();
    app
}

#[test]
fn new_scaffolds_a_pack_that_checks_clean_and_refuses_taken_names() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&[&"new", &"pack", &"my-course", &"--in", &tmp.path()]);
    assert!(out.status.success(), "{}", text(&out));
    let pack = tmp.path().join("my-course");

    let out = run(&[&"new", &"module", &"loops", &"--in", &pack]);
    assert!(out.status.success(), "{}", text(&out));
    let module = pack.join("loops");
    // The instructor's own layout and comments in module.toml survive the additions.
    let toml = fs::read_to_string(module.join("module.toml")).unwrap();
    fs::write(
        module.join("module.toml"),
        toml.replace(
            "items = [\"introduction\"]",
            "items = [\n  \"introduction\", # keep first\n]",
        ),
    )
    .unwrap();
    for kind in ["lesson", "exercise", "quiz"] {
        let name = format!("my-{kind}");
        let out = run(&[&"new", &kind, &name, &"--in", &module]);
        assert!(out.status.success(), "{kind}: {}", text(&out));
    }
    assert!(module.join("my-lesson.md").is_file());
    assert!(module.join("my-exercise/tests.js").is_file());
    assert!(module.join("my-quiz.quiz.toml").is_file());
    let toml = fs::read_to_string(module.join("module.toml")).unwrap();
    assert!(
        toml.contains("items = [\n  \"introduction\", # keep first\n  \"my-lesson\",\n  \"my-exercise\",\n  \"my-quiz\",\n]"),
        "{toml}"
    );
    assert!(fs::read_to_string(pack.join("pack.toml"))
        .unwrap()
        .contains("modules = [\"getting-started\", \"loops\"]"));

    let check = run(&[&"check", &pack]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    let report = text(&check);
    assert!(
        report.contains("2 modules, 3 lessons, 2 exercises, 10 tests, 2 quizzes with 6 questions"),
        "{report}"
    );

    for kind in ["lesson", "exercise", "quiz"] {
        let out = run(&[&"new", &kind, &"my-lesson", &"--in", &module]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out));
        assert!(
            text(&out).contains("my-lesson.md already exists; pick another name"),
            "{}",
            text(&out)
        );
    }
    let out = run(&[&"new", &"module", &"loops", &"--in", &pack]);
    assert!(
        text(&out).contains("loops already exists"),
        "{}",
        text(&out)
    );
    let out = run(&[&"new", &"lesson", &"Two Words", &"--in", &module]);
    assert!(
        text(&out).contains("\"Two Words\" is not a valid name: use lowercase letters, digits and single dashes, like \"two-words\""),
        "{}",
        text(&out)
    );
    let out = run(&[&"new", &"lesson", &"x", &"--in", &pack]);
    assert!(text(&out).contains("has no module.toml"), "{}", text(&out));
    // Nothing half-made was left by the refusals.
    assert_eq!(
        fs::read_to_string(module.join("module.toml")).unwrap(),
        toml
    );
    assert_eq!(
        run(&[&"check", &pack]).status.code(),
        Some(0),
        "still clean"
    );
}

#[test]
fn build_writes_the_one_file_pack_the_app_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("fundamentals.puente.json");
    let out = run(&[&"build", &fundamentals(), &"--out", &file]);
    assert!(out.status.success(), "{}", text(&out));
    let opened = course::pack_file::open(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(opened, course::load_pack(&fundamentals()).unwrap());

    let out = run(&[&"new", &"pack", &"broken", &"--in", &tmp.path()]);
    assert!(out.status.success());
    let module = tmp.path().join("broken/getting-started/module.toml");
    let toml = fs::read_to_string(&module).unwrap();
    fs::write(
        &module,
        toml.replace("\"check-in\"", "\"check-in\", \"nope\""),
    )
    .unwrap();
    let bad = tmp.path().join("bad.json");
    let out = run(&[&"build", &tmp.path().join("broken"), &"--out", &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("getting-started/module.toml:6: item \"nope\" has no lesson file"),
        "{}",
        text(&out)
    );
    assert!(!bad.exists());
}

#[test]
fn site_publishes_the_app_and_every_pack_with_an_index() {
    let tmp = tempfile::tempdir().unwrap();
    let app = fake_app(tmp.path());
    let site = tmp.path().join("site");
    let second = tmp.path().join("second");
    run(&[&"new", &"pack", &"second", &"--in", &tmp.path()]);
    let out = run(&[
        &"site",
        &fundamentals(),
        &second,
        &"--out",
        &site,
        &"--app",
        &app,
    ]);
    assert!(out.status.success(), "{}", text(&out));
    for file in [
        "index.html",
        "boot.js",
        "puente-app_bg.0123.wasm",
        "icons/icon.svg",
    ] {
        assert_eq!(
            fs::read(site.join(file)).unwrap(),
            fs::read(app.join(file)).unwrap()
        );
    }
    let index: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(site.join("packs/index.json")).unwrap()).unwrap();
    assert_eq!(index["format"], "puente-pack-index");
    assert_eq!(index["version"], 1);
    assert_eq!(index["packs"][0]["id"], "fundamentals");
    assert_eq!(index["packs"][0]["file"], "fundamentals.puente.json");
    assert_eq!(index["packs"][1]["id"], "second");
    assert_eq!(index["packs"][1]["title"], "Second");
    assert_eq!(index["packs"][1]["version"], "0.1.0");
    assert!(index["packs"][1]["summary"].as_str().unwrap().len() > 10);
    let pack = fs::read_to_string(site.join("packs/second.puente.json")).unwrap();
    assert_eq!(course::pack_file::open(&pack).unwrap().id, "second");

    // Writing the site again replaces it; any other folder is left alone.
    let out = run(&[&"site", &second, &"--out", &site, &"--app", &app]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(!site.join("packs/fundamentals.puente.json").exists());
    let out = run(&[&"site", &second, &"--out", &second, &"--app", &app]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("is not empty and is not a site"),
        "{}",
        text(&out)
    );
    let out = run(&[&"site", &second, &second, &"--out", &site, &"--app", &app]);
    assert!(
        text(&out).contains("both have the id \"second\""),
        "{}",
        text(&out)
    );

    if option_env!("PUENTE_APP_DIST").is_none() {
        let out = run(&[&"site", &second, &"--out", &tmp.path().join("none")]);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            text(&out).contains("`cargo xtask instructor`"),
            "{}",
            text(&out)
        );
    }
}

/// A server the test started; stopped when the test ends, even if it fails.
struct Server {
    child: Child,
    port: u16,
    /// Kept open: the server may print more.
    _output: BufReader<std::process::ChildStdout>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Server {
    let mut cmd = puente();
    for a in args {
        cmd.arg(a);
    }
    let mut child = cmd
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut output = BufReader::new(child.stdout.take().unwrap());
    output.read_line(&mut line).unwrap();
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    Server {
        child,
        port,
        _output: output,
    }
}

struct Reply {
    status: u16,
    headers: String,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn get(port: u16, path: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let headers = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = headers.split(' ').nth(1).unwrap().parse().unwrap();
    Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

#[test]
fn serve_sends_the_site_with_its_types_and_policy() {
    let tmp = tempfile::tempdir().unwrap();
    let app = fake_app(tmp.path());
    let server = start(&[&"serve", &fundamentals(), &"--app", &app]);
    let page = get(server.port, "/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(
        page.header("Content-Security-Policy"),
        Some("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")
    );
    assert_eq!(
        get(server.port, "/puente-app_bg.0123.wasm").header("Content-Type"),
        Some("application/wasm")
    );
    assert_eq!(
        get(server.port, "/boot.js").header("Content-Type"),
        Some("text/javascript; charset=utf-8")
    );
    let index = get(server.port, "/packs/index.json?fresh=1");
    assert_eq!(index.header("Content-Type"), Some("application/json"));
    let index: serde_json::Value = serde_json::from_slice(&index.body).unwrap();
    let file = index["packs"][0]["file"].as_str().unwrap();
    let pack = get(server.port, &format!("/packs/{file}"));
    assert_eq!(
        course::pack_file::open(&pack.text()).unwrap().id,
        "fundamentals"
    );
    assert_eq!(get(server.port, "/nope.js").status, 404);
    assert_eq!(get(server.port, "/../Cargo.toml").status, 404);
}

#[test]
fn preview_reloads_on_a_change_and_shows_the_problems() {
    let tmp = tempfile::tempdir().unwrap();
    let app = fake_app(tmp.path());
    run(&[&"new", &"pack", &"draft", &"--in", &tmp.path()]);
    let pack = tmp.path().join("draft");
    let server = start(&[&"preview", &pack, &"--app", &app]);

    let page = get(server.port, "/").text();
    assert!(
        page.contains("<script type=\"module\" src=\"./preview.js\"></script>\n</body>"),
        "{page}"
    );
    let script = get(server.port, "/preview.js");
    assert_eq!(
        script.header("Content-Type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.text().contains("textContent") && !script.text().contains("innerHTML"));
    let status = |port| -> serde_json::Value {
        serde_json::from_slice(&get(port, "/__puente/status").body).unwrap()
    };
    let first = status(server.port);
    assert_eq!(first["problems"], "");
    assert_eq!(first["open"], "#/open?pack=./packs/draft.puente.json");
    let served = get(server.port, "/packs/draft.puente.json");
    assert_eq!(served.header("Cache-Control"), Some("no-store"));
    assert_eq!(
        course::pack_file::open(&served.text()).unwrap().title,
        "Draft"
    );

    // A change is seen, and the pack file is the folder as it is now.
    let pack_toml = pack.join("pack.toml");
    let toml = fs::read_to_string(&pack_toml).unwrap();
    fs::write(
        &pack_toml,
        toml.replace("title = \"Draft\"", "title = \"Edited\""),
    )
    .unwrap();
    let changed = wait_for_change(server.port, &first["generation"]);
    assert_eq!(changed["problems"], "");
    let served = get(server.port, "/packs/draft.puente.json").text();
    assert_eq!(course::pack_file::open(&served).unwrap().title, "Edited");

    // A mistake is reported with its file and line, to be shown over the page.
    let lesson = pack.join("getting-started/first-steps.md");
    let body = fs::read_to_string(&lesson).unwrap();
    fs::write(&lesson, body.replace("# First steps", "First steps")).unwrap();
    let broken = wait_for_change(server.port, &changed["generation"]);
    let problems = broken["problems"].as_str().unwrap();
    assert!(
        problems.contains("first-steps.md:6: a lesson must start with its title"),
        "{problems}"
    );
    assert_eq!(get(server.port, "/packs/draft.puente.json").status, 422);
}

fn wait_for_change(port: u16, generation: &serde_json::Value) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now: serde_json::Value =
            serde_json::from_slice(&get(port, "/__puente/status").body).unwrap();
        if &now["generation"] != generation {
            return now;
        }
        assert!(Instant::now() < deadline, "no change seen");
        std::thread::sleep(Duration::from_millis(100));
    }
}
