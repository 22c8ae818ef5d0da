//! Finding and installing the tools the build needs, so a fresh machine needs only cargo.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root exists")
}

/// A `cargo` command run from the workspace root.
pub fn cargo(args: &[&str]) -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.args(args).current_dir(root());
    cmd
}

/// Runs `cmd` as a named step, failing with its name when it fails.
pub fn step(name: &str, mut cmd: Command) -> anyhow::Result<()> {
    println!("==> {name}");
    let started = std::time::Instant::now();
    let status = cmd
        .status()
        .with_context(|| format!("cannot start {cmd:?}"))?;
    // Each step says how long it took, so a slow test loop shows where its time goes.
    println!("<== {name}: {:.1} s", started.elapsed().as_secs_f64());
    if !status.success() {
        bail!("{name} failed ({status})");
    }
    Ok(())
}

fn output(cmd: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn ensure_rust_components() -> anyhow::Result<()> {
    let installed = output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    for component in ["rustfmt", "clippy"] {
        if !installed.lines().any(|l| l.starts_with(component)) {
            let mut cmd = Command::new("rustup");
            cmd.args(["component", "add", component]);
            step(&format!("install {component}"), cmd)?;
        }
    }
    Ok(())
}

pub fn ensure_wasm_target() -> anyhow::Result<()> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        let mut cmd = Command::new("rustup");
        cmd.args(["target", "add", "wasm32-unknown-unknown"]);
        step("install the wasm32 target", cmd)?;
    }
    Ok(())
}

/// The wasm-bindgen version pinned in Cargo.lock; the CLI must match it exactly.
fn locked_wasm_bindgen() -> anyhow::Result<String> {
    let lock =
        std::fs::read_to_string(root().join("Cargo.lock")).context("Cargo.lock is missing")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    bail!("wasm-bindgen is not in Cargo.lock")
}

/// Returns the wasm-bindgen command, installing the matching version when needed.
pub fn ensure_wasm_bindgen() -> anyhow::Result<String> {
    let version = locked_wasm_bindgen()?;
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if !have.contains(&version) {
        // No --locked: the CLI's own lock file pins a crate the registry mirror does not serve.
        let mut cmd = cargo(&["install", "wasm-bindgen-cli", "--version", &version]);
        cmd.current_dir(std::env::temp_dir());
        step(&format!("install wasm-bindgen-cli {version}"), cmd)?;
    }
    Ok("wasm-bindgen".into())
}

/// Installs the npm packages (editor sources, esbuild, the browser driver) when missing or stale.
pub fn ensure_npm() -> anyhow::Result<()> {
    npm_ci_when_stale(&root(), "install npm packages")
}

/// Installs Jest and the Exercism track's Babel preset (tests/jest) for the side-by-side
/// comparison, when missing or stale; returns the folder that holds them.
pub fn ensure_jest() -> anyhow::Result<PathBuf> {
    let dir = root().join("tests/jest");
    npm_ci_when_stale(&dir, "install Jest for the comparison")?;
    Ok(dir)
}

/// `npm ci` in `dir` when its node_modules is missing or older than its package-lock.json.
fn npm_ci_when_stale(dir: &Path, what: &str) -> anyhow::Result<()> {
    let modified = |path: PathBuf| path.metadata().and_then(|m| m.modified());
    let stale = match (
        modified(dir.join("node_modules/.package-lock.json")),
        modified(dir.join("package-lock.json")),
    ) {
        (Ok(installed), Ok(locked)) => installed < locked,
        _ => true,
    };
    if stale {
        let mut cmd = Command::new("npm");
        cmd.args(["ci", "--no-audit", "--no-fund"]).current_dir(dir);
        step(what, cmd)?;
    }
    Ok(())
}

/// Installs Debian's Chromium for the browser tests when it is missing.
pub fn ensure_chromium() -> anyhow::Result<()> {
    if Path::new("/usr/bin/chromium").exists() {
        return Ok(());
    }
    let mut update = Command::new("apt-get");
    update.arg("update");
    step("apt-get update", update)?;
    let mut install = Command::new("apt-get");
    install.args([
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "chromium-driver",
    ]);
    install.env("DEBIAN_FRONTEND", "noninteractive");
    step("install chromium", install)
}
