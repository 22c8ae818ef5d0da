//! `puente site` and `puente serve`: the app plus packs as one-file packs under packs/, with
//! packs/index.json listing them for the app's course chooser.

use crate::output::outln;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use course::pack_file::{self, WriteError};
use serde::Serialize;

use crate::app::{self, AppArg, SiteFiles};
use crate::http::{self, say, Reply};

/// The `format` of packs/index.json.
pub const INDEX_FORMAT: &str = "puente-pack-index";
pub const INDEX_VERSION: u32 = 1;

/// A pack that does not load; its text lists every problem with file and line.
#[derive(Debug)]
pub struct PackProblems(pub String);

impl fmt::Display for PackProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PackProblems {}

/// One pack in packs/index.json.
#[derive(Serialize, Clone)]
pub struct IndexEntry {
    pub id: String,
    pub title: String,
    pub version: String,
    pub summary: String,
    pub file: String,
}

pub struct OnePack {
    pub entry: IndexEntry,
    pub json: String,
}

/// The one-file pack of the folder `dir`, validated.
pub fn one_file(dir: &Path) -> anyhow::Result<OnePack> {
    let pack = course::load_pack(dir).map_err(|e| PackProblems(e.to_string()))?;
    let json = pack_file::write(dir).map_err(|e| match e {
        WriteError::Invalid(e) => anyhow::Error::new(PackProblems(e.to_string())),
        WriteError::Io(e) => anyhow::anyhow!("cannot read the pack folder {}: {e}", dir.display()),
    })?;
    Ok(OnePack {
        entry: IndexEntry {
            file: format!("{}.puente.json", pack.id),
            id: pack.id,
            title: pack.title,
            version: pack.version,
            summary: pack.summary,
        },
        json,
    })
}

#[derive(Serialize)]
struct Index<'a> {
    format: &'static str,
    version: u32,
    packs: &'a [IndexEntry],
}

pub fn index_json(entries: &[IndexEntry]) -> String {
    serde_json::to_string(&Index {
        format: INDEX_FORMAT,
        version: INDEX_VERSION,
        packs: entries,
    })
    .expect("an index always serializes")
}

/// The whole site in memory: the app's files, packs/<id>.puente.json and packs/index.json.
pub fn build(packs: &[impl AsRef<Path>], app: SiteFiles) -> anyhow::Result<SiteFiles> {
    let mut files = app;
    let mut entries: Vec<IndexEntry> = Vec::new();
    let mut folders: BTreeMap<String, &Path> = BTreeMap::new();
    let mut problems = String::new();
    for dir in packs {
        let dir = dir.as_ref();
        let one = match one_file(dir) {
            Ok(one) => one,
            Err(e) => match e.downcast::<PackProblems>() {
                // Every pack's problems at once, as `check` reports them.
                Ok(p) => {
                    problems.push_str(&format!("{}: {p}", dir.display()));
                    continue;
                }
                Err(e) => return Err(e),
            },
        };
        if let Some(other) = folders.insert(one.entry.id.clone(), dir) {
            bail!(
                "{} and {} both have the id {:?}; give one of them another id in its pack.toml",
                other.display(),
                dir.display(),
                one.entry.id
            );
        }
        files.insert(format!("packs/{}", one.entry.file), one.json.into_bytes());
        entries.push(one.entry);
    }
    if !problems.is_empty() {
        return Err(PackProblems(problems).into());
    }
    files.insert("packs/index.json".into(), index_json(&entries).into_bytes());
    Ok(files)
}

/// `puente site PACK... --out DIR`.
pub fn run(packs: &[impl AsRef<Path>], out: &Path, app: &AppArg) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let files = build(packs, app::files(app)?)?;
    if out.exists() {
        let mut entries =
            std::fs::read_dir(out).with_context(|| format!("cannot read {}", out.display()))?;
        if entries.next().is_some() {
            // Only a site this command wrote is replaced: no file of the older site is left
            // behind, and no other folder is emptied by a mistyped --out.
            if !is_site(out) {
                bail!(
                    "{} is not empty and is not a site `puente site` wrote; give --out a new or empty folder",
                    out.display()
                );
            }
            std::fs::remove_dir_all(out)
                .with_context(|| format!("cannot remove the older site in {}", out.display()))?;
        }
    }
    let mut bytes = 0;
    for (rel, contents) in &files {
        let path = out.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, contents)
            .with_context(|| format!("cannot write {}", path.display()))?;
        bytes += contents.len();
    }
    let packs = files.keys().filter(|k| k.ends_with(".puente.json")).count();
    outln!(
        "Wrote the site to {}: {} files, {:.1} MB, {packs} pack{} ({:.1} s). Copy the folder to any static web server.",
        out.display(),
        files.len(),
        bytes as f64 / 1e6,
        if packs == 1 { "" } else { "s" },
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

fn is_site(dir: &Path) -> bool {
    dir.join("index.html").is_file()
        && std::fs::read_to_string(dir.join("packs/index.json"))
            .is_ok_and(|index| index.contains(INDEX_FORMAT))
}

/// `puente serve PACK... [--host ADDR] [--port N]`.
pub fn serve(
    packs: &[impl AsRef<Path>],
    host: &str,
    port: u16,
    app: &AppArg,
) -> anyhow::Result<ExitCode> {
    let files = build(packs, app::files(app)?)?;
    let csp = files
        .get("index.html")
        .and_then(|html| http::policy(&String::from_utf8_lossy(html)));
    let (server, port) = http::bind(host, port)?;
    let shown_host = if host == "0.0.0.0" || host == "::" {
        "127.0.0.1"
    } else {
        host
    };
    say!("Puente is serving at http://{shown_host}:{port}/ (Ctrl+C to stop)");
    if shown_host != host {
        match lan_address() {
            Some(ip) => say!("Students on this network open http://{ip}:{port}/"),
            None => say!("Students on this network open http://YOUR-ADDRESS:{port}/"),
        }
        say!(
            "(this computer's address on the network is shown by `ip addr` on Linux, `ipconfig` on \
             Windows, or System Settings > Network on macOS; the firewall must allow port {port})"
        );
    }
    // A classroom opens the page at once; a few threads keep one slow download from holding up
    // everyone else.
    http::run(server, 8, csp, move |path| match files.get(path) {
        Some(bytes) => Reply::file(path, bytes.clone()),
        None => Reply::not_found(),
    });
    Ok(ExitCode::SUCCESS)
}

/// The address this computer uses on its network, if it has a route out. Connecting a UDP
/// socket only picks the route; no packet is sent.
fn lan_address() -> Option<std::net::IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}
