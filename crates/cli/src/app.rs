//! The built app (the output of `cargo xtask dist`) that `site`, `serve` and `preview` publish:
//! inside the binary when it was built with PUENTE_APP_DIST (see build.rs), or read from a folder
//! given with `--app`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/app.rs"));
}

/// Files of the site by path relative to its root, `/` between folders.
pub type SiteFiles = BTreeMap<String, Vec<u8>>;

#[derive(clap::Args)]
pub struct AppArg {
    /// Use the app build in this folder (the output of `cargo xtask dist`) instead of the one
    /// inside this binary.
    #[arg(long = "app", value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// The app's files, from `--app` or from the binary.
pub fn files(arg: &AppArg) -> anyhow::Result<SiteFiles> {
    let files = match &arg.dir {
        Some(dir) => read_dir(dir)?,
        None if embedded::FILES.is_empty() => bail!(
            "this puente binary was built without the app, so it cannot publish a site; \
             build one that has it with `cargo xtask instructor` (in a checkout of Puente), \
             or pass --app DIR with the folder `cargo xtask dist` writes"
        ),
        None => embedded::FILES
            .iter()
            .map(|(path, bytes)| (path.to_string(), bytes.to_vec()))
            .collect(),
    };
    if !files.contains_key("index.html") {
        bail!(
            "the app build has no index.html; give --app the folder `cargo xtask dist` writes (dist/)"
        );
    }
    Ok(files)
}

fn read_dir(root: &Path) -> anyhow::Result<SiteFiles> {
    let mut files = SiteFiles::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = std::fs::read_dir(&dir)
            .with_context(|| format!("cannot read the app build folder {}", dir.display()))?;
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(root)
                .expect("found under the root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            files.insert(rel, bytes);
        }
    }
    Ok(files)
}
