//! Makes dist/ work offline: content-hashed file names, so a browser or a cache never pairs files
//! of two builds, and a service worker whose precache list is the build output itself.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use sha2::{Digest, Sha256};

/// Files the entry points load by name; they get the hash of their content in their names.
const HASHED: [&str; 6] = [
    "puente-app.js",
    "puente-app_bg.wasm",
    "puente_worker.js",
    "puente_worker_bg.wasm",
    "editor.js",
    "style.css",
];

/// Files whose references to the hashed names are rewritten. `worker.js` keeps its name because
/// the app's wasm refers to it; `index.html` and `sw.js` are what browsers ask for by name.
const REFERRERS: [&str; 4] = [
    "index.html",
    "worker.js",
    "puente-app.js",
    "puente_worker.js",
];

/// Renames the hashed files, rewrites references, and writes `sw.js` from `www/sw.js`.
pub fn finish(dist: &Path, sw_template: &Path) -> anyhow::Result<()> {
    // Referrers that are themselves hashed must be rewritten before their own hash is taken.
    let mut renames = Vec::new();
    for name in HASHED {
        let path = dist.join(name);
        let bytes = fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let (stem, ext) = name
            .rsplit_once('.')
            .expect("hashed names have an extension");
        let hashed = format!("{stem}.{}.{ext}", &hex(&Sha256::digest(&bytes))[..10]);
        renames.push((name.to_string(), hashed));
    }
    for referrer in REFERRERS {
        let path = dist.join(referrer);
        let mut text =
            fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        for (from, to) in &renames {
            text = text.replace(&format!("./{from}"), &format!("./{to}"));
            text = text.replace(&format!("'{from}'"), &format!("'{to}'"));
        }
        fs::write(&path, text)?;
    }
    for (from, to) in &renames {
        fs::rename(dist.join(from), dist.join(to))?;
    }

    let mut files = list(dist, dist)?;
    files.retain(|f| f != "sw.js" && f != "index.html");
    files.sort();
    let mut build = Sha256::new();
    for file in &files {
        build.update(file.as_bytes());
        build.update(fs::read(dist.join(file))?);
    }
    build.update(fs::read(dist.join("index.html"))?);
    let build = &hex(&build.finalize())[..12];
    // The page itself is cached as "./" so that a visit to the site's root works offline.
    let mut precache = vec!["./".to_string()];
    precache.extend(files.iter().map(|f| format!("./{f}")));
    let list = format!(
        "[\n{}\n]",
        precache
            .iter()
            .map(|f| format!("  '{f}',"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    let template = fs::read_to_string(sw_template).context("cannot read www/sw.js")?;
    let sw = template
        .replace("__PUENTE_BUILD__", build)
        .replace("__PUENTE_FILES__", &list);
    fs::write(dist.join("sw.js"), sw)?;
    Ok(())
}

/// Every file under `dir`, as a path relative to `root` with forward slashes.
fn list(root: &Path, dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path: PathBuf = entry?.path();
        if path.is_dir() {
            out.extend(list(root, &path)?);
        } else {
            let rel = path.strip_prefix(root)?;
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(out)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
