//! `puente preview PACK_DIR`: the app and one pack on localhost while the instructor writes it.
//! The pack file is rebuilt from the folder on every request, a watcher notices changed files,
//! and a small script added to the page reloads it or shows the pack's problems.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::app::{self, AppArg};
use crate::http::{self, say, say_raw, Reply};
use crate::site;

const SCRIPT: &str = include_str!("../assets/preview.js");
/// How often the folder is looked at: quick enough to feel immediate after a save, rare enough
/// to cost nothing.
const POLL: Duration = Duration::from_millis(300);
/// How long the folder must stay unchanged before a change counts.
const SETTLE: Duration = Duration::from_millis(100);

/// What the page's script polls: a number that changes whenever a file of the pack changes, and
/// the pack's problems (empty when it loads).
#[derive(Default, Clone, serde::Serialize)]
struct Status {
    generation: u64,
    problems: String,
    /// Where the page goes on a change: through the app's open route, which fetches the pack
    /// again, since the app keeps a copy of a pack it has opened.
    open: String,
}

pub fn run(pack: &Path, port: u16, app: &AppArg) -> anyhow::Result<ExitCode> {
    let mut files = app::files(app)?;
    let index = String::from_utf8_lossy(&files["index.html"]).into_owned();
    let csp = http::policy(&index);
    files.insert("index.html".into(), with_script(&index).into_bytes());
    // The precompressed copies are of the page without the preview script.
    files.remove("index.html.br");
    files.remove("index.html.gz");
    files.insert("preview.js".into(), SCRIPT.as_bytes().to_vec());

    let dir = pack.to_path_buf();
    let id = pack_id(&dir);
    let open = format!("#/open?pack=./packs/{id}.puente.json");
    let status = Arc::new(Mutex::new(Status {
        generation: 1,
        problems: problems(&dir),
        open: open.clone(),
    }));
    {
        let (dir, status) = (dir.clone(), status.clone());
        std::thread::spawn(move || watch(&dir, &status));
    }

    let (server, port) = http::bind("127.0.0.1", port)?;
    say!(
        "Previewing {} at http://127.0.0.1:{port}/{open}",
        pack.display()
    );
    say!("Open that address in a browser; the page reloads when you save a file of the pack. Ctrl+C stops.");
    let first = status
        .lock()
        .map(|s| s.problems.clone())
        .unwrap_or_default();
    if !first.is_empty() {
        say_raw!("{first}");
    }

    http::run(server, 4, csp, move |path| {
        if path == "__puente/status" {
            let now = status.lock().map(|s| s.clone()).unwrap_or_default();
            let mut reply =
                Reply::file("status.json", serde_json::to_vec(&now).unwrap_or_default());
            reply.no_store = true;
            return reply;
        }
        if let Some(name) = path.strip_prefix("packs/") {
            return pack_reply(&dir, name);
        }
        match files.get(path) {
            Some(bytes) => {
                let mut reply = Reply::file(path, bytes.clone());
                reply.no_store = path == "index.html";
                reply
            }
            None => Reply::not_found(),
        }
    });
    Ok(ExitCode::SUCCESS)
}

/// index.html with the preview script after the app's own scripts; an external file, because
/// the page's policy lets no inline script run.
fn with_script(index: &str) -> String {
    let tag = "  <script type=\"module\" src=\"./preview.js\"></script>\n";
    match index.rfind("</body>").or_else(|| index.rfind("</html>")) {
        Some(at) => format!("{}{tag}{}", &index[..at], &index[at..]),
        None => format!("{index}{tag}"),
    }
}

/// The pack's id for the address to open: from pack.toml when the pack loads, else the folder's
/// name (the page then shows why it does not load).
fn pack_id(dir: &Path) -> String {
    match course::load_pack(dir) {
        Ok(pack) => pack.id,
        Err(_) => dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "pack".into()),
    }
}

/// Any `packs/*.puente.json` is the pack as it is now, so an edited id does not break the page.
fn pack_reply(dir: &Path, name: &str) -> Reply {
    if name == "index.json" {
        return match site::one_file(dir) {
            Ok(one) => {
                let mut reply = Reply::file(name, site::index_json(&[one.entry]).into_bytes());
                reply.no_store = true;
                reply
            }
            Err(e) => Reply::text(422, format!("{e:#}")),
        };
    }
    if !name.ends_with(".puente.json") || name.contains('/') {
        return Reply::not_found();
    }
    match site::one_file(dir) {
        Ok(one) => {
            let mut reply = Reply::file(name, one.json.into_bytes());
            reply.no_store = true;
            reply
        }
        Err(e) => Reply::text(422, format!("{e:#}")),
    }
}

fn problems(dir: &Path) -> String {
    match course::load_pack(dir) {
        Ok(_) => String::new(),
        Err(e) => e.to_string(),
    }
}

fn watch(dir: &Path, status: &Mutex<Status>) {
    let mut last = fingerprint(dir);
    loop {
        std::thread::sleep(POLL);
        let mut now = fingerprint(dir);
        if now == last {
            continue;
        }
        // Saves come in bursts (an editor's temporary file, a checkout of many files, a file
        // seen between truncation and writing): wait until the folder is still.
        loop {
            std::thread::sleep(SETTLE);
            let again = fingerprint(dir);
            if again == now {
                break;
            }
            now = again;
        }
        last = now;
        let found = problems(dir);
        if let Ok(mut status) = status.lock() {
            status.generation += 1;
            status.problems = found;
        }
    }
}

/// A hash of every file's path, size and modification time under `dir` (hidden files and
/// folders such as .git left out, as the pack leaves them out).
fn fingerprint(dir: &Path) -> u64 {
    let mut entries: Vec<(PathBuf, u64, Option<std::time::SystemTime>)> = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let Ok(list) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in list.flatten() {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                pending.push(path.clone());
            }
            entries.push((path, meta.len(), meta.modified().ok()));
        }
    }
    entries.sort();
    let mut hasher = DefaultHasher::new();
    entries.hash(&mut hasher);
    hasher.finish()
}
