//! `cargo xtask serve|test|dist`: installs the tools that are missing, builds, serves and tests.

mod build;
mod serve;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--port N]   build the app with the embedded pack and serve it on http://127.0.0.1:8080
  dist               build the static site into dist/
  test               run every test: format, lints, unit, pack check, browser end-to-end";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => {
            let port = args
                .iter()
                .position(|a| a == "--port")
                .and_then(|i| args.get(i + 1))
                .and_then(|p| p.parse().ok())
                .unwrap_or(8080);
            build::dist().and_then(|dir| serve::serve_forever(&dir, port))
        }
        Some("dist") => build::dist().map(|dir| println!("built {}", dir.display())),
        Some("test") => test(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn test() -> anyhow::Result<()> {
    let root = tools::root();
    tools::ensure_rust_components()?;
    tools::step("format", tools::cargo(&["fmt", "--all", "--check"]))?;
    tools::step(
        "lints",
        tools::cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    tools::step(
        "unit and integration tests",
        tools::cargo(&["test", "--workspace"]),
    )?;
    tools::step(
        "pack check",
        tools::cargo(&[
            "run",
            "--quiet",
            "-p",
            "puente-cli",
            "--",
            "check",
            "packs/fundamentals",
        ]),
    )?;
    let dist = build::dist()?;
    tools::ensure_chromium()?;
    let server = serve::spawn(&dist, 0)?;
    let url = format!("http://127.0.0.1:{}/", server.port);
    let mut e2e = std::process::Command::new("node");
    e2e.arg(root.join("tests/e2e.mjs"))
        .arg(&url)
        .current_dir(&root);
    tools::step("browser end-to-end tests", e2e)?;
    println!("all tests passed");
    Ok(())
}
