//! Building the static site: the app and the grading worker to wasm, the editor bundle, and the
//! files from www/, all into dist/, ready to work offline.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Context;
use sha2::{Digest, Sha256};

use crate::tools::{self, cargo, step};
use crate::{compress, offline};

/// The WebAssembly features rustc's wasm32 target emits, which wasm-opt must accept.
const WASM_FEATURES: [&str; 4] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
];

/// Builds the release site into dist/ and returns its path.
pub fn dist() -> anyhow::Result<PathBuf> {
    let root = tools::root();
    tools::ensure_wasm_target()?;
    let bindgen = tools::ensure_wasm_bindgen()?;
    tools::ensure_npm()?;
    step(
        "build the app, the grading worker and its HTML parser (release wasm)",
        cargo(&[
            "build",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "puente-app",
            "-p",
            "puente-worker",
            "-p",
            "puente-html",
        ]),
    )?;
    let dist = root.join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).context("cannot clear dist/")?;
    }
    fs::create_dir_all(&dist)?;
    let wasm_dir = root.join("target/wasm32-unknown-unknown/release");
    for module in ["puente-app.wasm", "puente_worker.wasm", "puente_html.wasm"] {
        let mut cmd = Command::new(&bindgen);
        cmd.args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&dist)
            .arg(wasm_dir.join(module));
        step(&format!("wasm-bindgen {module}"), cmd)?;
    }
    // wasm-opt -Os: the worker's wasm shrinks by a fifth (4.7 to 3.7 MB raw, 944 to 841 KB
    // brotli) and the engine runs no slower (measured against -O2 and -Oz; see the README's
    // performance notes).
    // wasm-opt takes a minute on the worker alone; an unchanged module (a test run after a
    // change to tests, packs or www/ only) reuses its last output.
    let cache = root.join("target/wasm-opt-cache");
    fs::create_dir_all(&cache)?;
    let mut used = Vec::new();
    for wasm in [
        "puente-app_bg.wasm",
        "puente_worker_bg.wasm",
        "puente_html_bg.wasm",
    ] {
        let path = dist.join(wasm);
        let key = {
            let mut hash = Sha256::new();
            hash.update(fs::read(&path)?);
            hash.update(format!("-Os {WASM_FEATURES:?}"));
            offline::hex(&hash.finalize())
        };
        let cached = cache.join(format!("{key}.wasm"));
        used.push(cached.clone());
        if cached.is_file() {
            fs::copy(&cached, &path)?;
            println!("<== wasm-opt {wasm}: unchanged, reused");
            continue;
        }
        let mut opt = Command::new(root.join("node_modules/.bin/wasm-opt"));
        opt.arg("-Os")
            .args(WASM_FEATURES)
            .arg(&path)
            .arg("-o")
            .arg(&path);
        step(&format!("wasm-opt {wasm}"), opt)?;
        fs::copy(&path, &cached)?;
    }
    for entry in fs::read_dir(&cache)? {
        let old = entry?.path();
        if !used.contains(&old) {
            let _ = fs::remove_file(old);
        }
    }
    let mut esbuild = Command::new(root.join("node_modules/.bin/esbuild"));
    esbuild
        .args([
            "www/editor/editor.js",
            "--bundle",
            "--format=esm",
            "--minify",
            "--target=es2020",
            "--log-level=warning",
            // The languages of HTML and CSS come in their own file when an editor needs them;
            // the code both files share is editor-chunk.js, fetched with editor.js.
            "--splitting",
            "--entry-names=[name]",
            "--chunk-names=editor-[name]",
        ])
        .arg(format!("--outdir={}", dist.display()))
        .current_dir(&root);
    step("bundle the editor", esbuild)?;
    for file in [
        "index.html",
        "preview.html",
        "boot.js",
        "offline.js",
        "style.css",
        "worker.js",
        "manifest.webmanifest",
    ] {
        fs::copy(root.join("www").join(file), dist.join(file))
            .with_context(|| format!("cannot copy www/{file}"))?;
    }
    fs::create_dir_all(dist.join("icons"))?;
    for entry in fs::read_dir(root.join("www/icons")).context("cannot read www/icons")? {
        let path = entry?.path();
        if let Some(name) = path.file_name() {
            fs::copy(&path, dist.join("icons").join(name))?;
        }
    }
    let module_files = write_course(&root.join("packs/fundamentals"), &dist)?;
    let files = offline::finish(&dist, &root.join("www/sw.js"), &module_files)?;
    compress::precompress(&dist, &files)?;
    Ok(dist)
}

/// Writes the built-in course as the app reads it: the pack loaded and validated with the same
/// loader as `puente check` (so a broken pack fails the build with its problems listed), its
/// Markdown already rendered. `PUENTE_PACK` builds the site around another pack folder.
///
/// A first visit should not wait for every lesson and exercise: `course.json` holds the course's
/// outline (modules, item titles, quizzes, the glossary) and each module's lessons and exercises
/// are in `course-MODULE.json`, which the app fetches as they are needed. Returns those files'
/// names.
fn write_course(default_pack: &Path, dist: &Path) -> anyhow::Result<Vec<String>> {
    let dir = std::env::var_os("PUENTE_PACK")
        .map(PathBuf::from)
        .unwrap_or_else(|| default_pack.to_path_buf());
    let pack = course::load_pack(&dir).map_err(|e| {
        anyhow::anyhow!("the built-in pack at {} does not load:\n{e}", dir.display())
    })?;
    let mut outline = pack.clone();
    // Pictures are files of their own, named by their content, fetched only by a lesson that
    // shows them.
    for (url, asset) in std::mem::take(&mut outline.assets) {
        let path = dist.join(&url);
        fs::create_dir_all(path.parent().expect("assets/NAME has a parent"))?;
        fs::write(&path, &asset.bytes)
            .with_context(|| format!("cannot write dist/{url} (from {})", asset.path))?;
    }
    let mut files = Vec::new();
    let mut modules = serde_json::Map::new();
    for (module, full) in outline.modules.iter_mut().zip(&pack.modules) {
        let name = format!("course-{}.json", module.id);
        fs::write(dist.join(&name), serde_json::to_string(full)?)
            .with_context(|| format!("cannot write dist/{name}"))?;
        modules.insert(module.id.clone(), format!("./{name}").into());
        files.push(name);
        for item in &mut module.items {
            match item {
                course::Item::Lesson(lesson) => {
                    lesson.parts.clear();
                    if let Some(es) = lesson.es.as_mut() {
                        es.parts.clear();
                    }
                }
                course::Item::Exercise(exercise) => {
                    exercise.instructions_html.clear();
                    exercise.starter.clear();
                    exercise.solution.clear();
                    exercise.tests.clear();
                    exercise.files.clear();
                    exercise.checks.clear();
                    exercise.around = None;
                    if let Some(es) = exercise.es.as_mut() {
                        es.instructions_html.clear();
                    }
                    exercise.under_test = None;
                }
                course::Item::Quiz(_) => {}
            }
        }
    }
    let course = serde_json::json!({ "pack": outline, "modules": modules });
    fs::write(dist.join("course.json"), course.to_string())
        .context("cannot write dist/course.json")?;
    Ok(files)
}
