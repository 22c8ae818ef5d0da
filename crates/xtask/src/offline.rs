//! Makes dist/ work offline: content-hashed file names, so a browser or a cache never pairs files
//! of two builds, and a service worker whose precache list is the build output itself.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use sha2::{Digest, Sha256};

/// Files loaded by name get the hash of their content in their names, in rounds: a file refers
/// only to files of earlier rounds, and its references are rewritten before its own hash is
/// taken, so a new wasm also gives the script that loads it (and the one loading that) a new name.
/// The course's module files join the first round; `course.json` refers to them.
const HASHED: [&[&str]; 4] = [
    &[
        "puente-app_bg.wasm",
        "puente_worker_bg.wasm",
        "puente_html_bg.wasm",
        "editor-chunk.js",
        "style.css",
        "offline.js",
    ],
    &[
        "puente-app.js",
        "puente_worker.js",
        "puente_html.js",
        "course.json",
        "editor-languages.js",
    ],
    // The editor's entry refers to its languages' file, which refers to the shared chunk.
    &["editor.js"],
    &["boot.js"],
];

/// Files that keep their names and only have their references rewritten: `worker.js` because
/// the app's wasm refers to it, `index.html` because browsers ask for it by name.
const FIXED_REFERRERS: [&str; 2] = ["index.html", "worker.js"];

/// Renames the hashed files, rewrites references, and writes `sw.js` from `www/sw.js`. Returns
/// every file of the site, relative to `dist`.
pub fn finish(
    dist: &Path,
    sw_template: &Path,
    module_files: &[String],
) -> anyhow::Result<Vec<String>> {
    let mut first: Vec<&str> = HASHED[0].to_vec();
    first.extend(module_files.iter().map(String::as_str));
    hash_names(
        dist,
        &[&first, HASHED[1], HASHED[2], HASHED[3]],
        &FIXED_REFERRERS,
    )?;

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
    files.extend(["sw.js".to_string(), "index.html".to_string()]);
    Ok(files)
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

/// Gives the files of `rounds` hashed names, round by round, and rewrites the references to them
/// in later rounds' files and in `fixed`.
fn hash_names(dist: &Path, rounds: &[&[&str]], fixed: &[&str]) -> anyhow::Result<()> {
    let mut renames: Vec<(String, String)> = Vec::new();
    for round in rounds {
        let mut renamed = Vec::new();
        for name in *round {
            let path = dist.join(name);
            if !renames.is_empty() {
                rewrite(&path, &renames)?;
            }
            let bytes =
                fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let (stem, ext) = name
                .rsplit_once('.')
                .expect("hashed names have an extension");
            let hashed = format!("{stem}.{}.{ext}", &hex(&Sha256::digest(&bytes))[..10]);
            fs::rename(&path, dist.join(&hashed))?;
            renamed.push((name.to_string(), hashed));
        }
        renames.extend(renamed);
    }
    for name in fixed {
        rewrite(&dist.join(name), &renames)?;
    }
    Ok(())
}

/// Replaces the references `./from` and `'from'` in the text file at `path` with `to`.
fn rewrite(path: &Path, renames: &[(String, String)]) -> anyhow::Result<()> {
    let mut text =
        fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    for (from, to) in renames {
        text = text.replace(&format!("./{from}"), &format!("./{to}"));
        text = text.replace(&format!("'{from}'"), &format!("'{to}'"));
    }
    fs::write(path, text)?;
    Ok(())
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh directory holding `files`.
    fn site(label: &str, files: &[(&str, &str)]) -> PathBuf {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let dir = std::env::temp_dir().join(format!(
            "puente-offline-{label}-{}-{nanos}",
            std::process::id()
        ));
        fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            fs::write(dir.join(name), text).unwrap();
        }
        dir
    }

    /// The hashed name `dir` holds for `stem.ext`.
    fn hashed(dir: &Path, stem: &str, ext: &str) -> String {
        let names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(&format!("{stem}.")) && n.ends_with(&format!(".{ext}")))
            .collect();
        assert_eq!(names.len(), 1, "one hashed {stem}.{ext} in {names:?}");
        names[0].clone()
    }

    fn build(label: &str, wasm: &str) -> PathBuf {
        let dir = site(
            label,
            &[
                ("app_bg.wasm", wasm),
                ("app.js", "fetch(new URL('app_bg.wasm', import.meta.url));"),
                (
                    "boot.js",
                    "import init from './app.js'; init('./app_bg.wasm');",
                ),
                ("index.html", "<script type=module src=./boot.js></script>"),
            ],
        );
        let rounds: [&[&str]; 3] = [&["app_bg.wasm"], &["app.js"], &["boot.js"]];
        hash_names(&dir, &rounds, &["index.html"]).unwrap();
        dir
    }

    #[test]
    fn a_new_wasm_renames_every_script_that_leads_to_it() {
        let old = build("old", "wasm of build 1");
        let new = build("new", "wasm of build 2");
        for (stem, ext) in [("app_bg", "wasm"), ("app", "js"), ("boot", "js")] {
            assert_ne!(
                hashed(&old, stem, ext),
                hashed(&new, stem, ext),
                "{stem}.{ext}"
            );
        }
        for dir in [&old, &new] {
            let wasm = hashed(dir, "app_bg", "wasm");
            let app = fs::read_to_string(dir.join(hashed(dir, "app", "js"))).unwrap();
            assert!(app.contains(&format!("'{wasm}'")), "{app}");
            let boot = fs::read_to_string(dir.join(hashed(dir, "boot", "js"))).unwrap();
            let app_name = hashed(dir, "app", "js");
            assert!(boot.contains(&format!("./{app_name}")), "{boot}");
            assert!(boot.contains(&format!("./{wasm}")), "{boot}");
            let index = fs::read_to_string(dir.join("index.html")).unwrap();
            assert!(index.contains(&hashed(dir, "boot", "js")), "{index}");
            fs::remove_dir_all(dir).unwrap();
        }
    }
}
