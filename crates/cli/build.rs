//! Embeds a built app (the files `cargo xtask dist` writes) in the `puente` binary when
//! PUENTE_APP_DIST names that folder, so `puente site`, `serve` and `preview` need nothing else
//! on the instructor's machine. Without it the binary is built as before, quickly, and those
//! commands explain how to get one with the app (`cargo xtask instructor`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    // Naming what to watch keeps cargo from rerunning this on every edit of the crate.
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PUENTE_APP_DIST");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("app.rs");
    let dist = std::env::var("PUENTE_APP_DIST")
        .ok()
        .filter(|d| !d.trim().is_empty());
    let mut code = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    if let Some(dist) = dist {
        let given = PathBuf::from(&dist);
        // A build script runs in the crate's folder, not where cargo was started; a relative
        // path most likely means the workspace's dist/.
        let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dist = given
            .canonicalize()
            .or_else(|_| workspace.join(&given).canonicalize())
            .unwrap_or_else(|e| {
                panic!(
                    "PUENTE_APP_DIST={} is not a folder ({e}); run `cargo xtask dist` first, and \
                     give its absolute path",
                    given.display()
                )
            });
        println!("cargo:rerun-if-changed={}", dist.display());
        let mut files = Vec::new();
        list(&dist, &dist, &mut files);
        files.sort();
        assert!(
            files.iter().any(|(rel, _)| rel == "index.html"),
            "PUENTE_APP_DIST={} has no index.html; point it at the output of `cargo xtask dist`",
            dist.display()
        );
        for (rel, path) in files {
            println!("cargo:rerun-if-changed={}", path.display());
            writeln!(
                code,
                "    ({rel:?}, include_bytes!({:?})),",
                path.display().to_string()
            )
            .expect("writing to a String");
        }
    }
    code.push_str("];\n");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

/// Every file under `dir`, with its path relative to `root` (`/` between folders).
fn list(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a readable folder entry").path();
        if path.is_dir() {
            list(root, &path, out);
        } else {
            let rel = path
                .strip_prefix(root)
                .expect("inside the root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
}
