//! `cargo xtask serve|test|dist|instructor|bench|fuzz`: installs the tools that are missing, builds, serves and tests.

mod build;
mod compress;
mod fuzz;
mod offline;
mod serve;
mod tools;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  serve [--port N]   build the app with the embedded pack and serve it on http://127.0.0.1:8080
  dist               build the static site into dist/
  instructor         build the instructor's `puente` binary with the app inside (for site, serve, preview)
  test               run every test: format, lints, unit, pack check, browser end-to-end
  bench [--phone]    print size, speed and latency figures (native and in the browser);
                     --phone: only the first visit on a phone's link
  fuzz [--cases N]   run the fuzz_ property tests in release mode with N cases each (default 20000)";

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
        Some("instructor") => instructor(),
        Some("test") => test(),
        Some("bench") if args.iter().any(|a| a == "--phone") => phone_only(),
        Some("bench") => bench(),
        Some("fuzz") => match args.iter().position(|a| a == "--cases") {
            None => fuzz::fuzz(fuzz::DEFAULT_CASES),
            Some(i) => match args.get(i + 1).and_then(|n| n.parse().ok()) {
                Some(cases) if cases > 0 => fuzz::fuzz(cases),
                _ => {
                    eprintln!("--cases needs a positive number\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
        },
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

/// The `puente` binary an instructor needs and nothing else: the app is built into dist/, then
/// embedded in the binary (crates/cli/build.rs reads PUENTE_APP_DIST).
fn instructor() -> anyhow::Result<()> {
    let dist = build::dist()?;
    let mut cargo = tools::cargo(&["build", "--profile", "release-native", "-p", "puente-cli"]);
    cargo.env("PUENTE_APP_DIST", &dist);
    tools::step("build puente with the app inside (release-native)", cargo)?;
    let exe = if cfg!(windows) {
        "puente.exe"
    } else {
        "puente"
    };
    let binary = tools::root().join("target/release-native").join(exe);
    let size = std::fs::metadata(&binary)
        .map_err(|e| anyhow::anyhow!("cannot find {}: {e}", binary.display()))?
        .len();
    println!(
        "built {} ({:.1} MB); copy it anywhere and run `puente --help`",
        binary.display(),
        size as f64 / 1e6
    );
    Ok(())
}

fn bench() -> anyhow::Result<()> {
    let root = tools::root();
    let native = ["--profile", "release-native"];
    let mut example = tools::cargo(&["run", "--quiet", "-p", "grader", "--example", "bench"]);
    example.args(native);
    tools::step("native grading figures", example)?;
    let mut build_cli = tools::cargo(&["build", "--quiet", "-p", "puente-cli"]);
    build_cli.args(native);
    tools::step("build puente (release-native)", build_cli)?;
    let puente = root.join("target/release-native/puente");
    let started = std::time::Instant::now();
    let output = std::process::Command::new(&puente)
        .args(["check", "packs/fundamentals", "--json"])
        .current_dir(&root)
        .stderr(std::process::Stdio::inherit())
        .output()?;
    let wall = started.elapsed().as_secs_f64();
    anyhow::ensure!(output.status.success(), "puente check failed");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    let count = |key: &str| report["pack"][key].as_u64().unwrap_or(0);
    let (exercises, examples) = (count("exercises"), count("examples"));
    // Each exercise is graded twice: its solution must pass and its starter must fail.
    println!(
        "puente check packs/fundamentals: {wall:.2} s wall, {exercises} exercises ({:.1} per second; \
         {} gradings and {examples} lesson examples, {:.1} runs per second)",
        exercises as f64 / wall,
        exercises * 2,
        (exercises * 2 + examples) as f64 / wall,
    );
    jest_comparison(&puente)?;
    let pack_json = root.join("target/bench-pack.json");
    let mut build_pack = std::process::Command::new(&puente);
    build_pack
        .args(["compile", "packs/fundamentals", "--out"])
        .arg(&pack_json)
        .current_dir(&root);
    tools::step("compile the pack", build_pack)?;
    in_browser("browser figures", "tests/bench.mjs", |node, dist| {
        node.arg(dist).arg(&pack_json);
    })?;
    phone_figures(&pack_json)
}

/// The phone-profile figures alone, for a change that affects what a first visit downloads.
fn phone_only() -> anyhow::Result<()> {
    let root = tools::root();
    let mut build_cli = tools::cargo(&["build", "--quiet", "-p", "puente-cli"]);
    build_cli.args(["--profile", "release-native"]);
    tools::step("build puente (release-native)", build_cli)?;
    let pack_json = root.join("target/bench-pack.json");
    let mut build_pack = std::process::Command::new(root.join("target/release-native/puente"));
    build_pack
        .args(["compile", "packs/fundamentals", "--out"])
        .arg(&pack_json)
        .current_dir(&root);
    tools::step("compile the pack", build_pack)?;
    build::dist()?;
    phone_figures(&pack_json)
}

/// Puente and Jest on the same Exercism exercises (reference solutions and stubs): verdict
/// agreement and whole-track time with the same number of workers. The corpus is the repo's
/// Exercism fixtures, or the track folder that PUENTE_TRACK names (its `exercises/`).
fn jest_comparison(puente: &std::path::Path) -> anyhow::Result<()> {
    let root = tools::root();
    let jest = tools::ensure_jest()?;
    let corpus = match std::env::var_os("PUENTE_TRACK") {
        Some(track) => std::path::PathBuf::from(track).join("exercises"),
        None => root.join("crates/cli/tests/fixtures/exercism/exercises"),
    };
    let mut node = std::process::Command::new("node");
    node.arg(root.join("tests/jest-compare.mjs"))
        .arg(puente)
        .arg(&corpus)
        .env("JEST_HOME", &jest)
        .current_dir(&root);
    tools::step(
        &format!("Puente and Jest side by side on {}", corpus.display()),
        node,
    )
}

/// First visits on the phone profile, from a server that sends the precompressed files and from
/// one that sends every file as it is; fails when a budget is broken.
fn phone_figures(pack_json: &std::path::Path) -> anyhow::Result<()> {
    let root = tools::root();
    let dist = root.join("dist");
    let compressed = serve::spawn(&dist, 0, true)?;
    let plain = serve::spawn(&dist, 0, false)?;
    let mut node = std::process::Command::new("node");
    node.arg(root.join("tests/bench-phone.mjs"))
        .arg(format!("http://127.0.0.1:{}/", compressed.port))
        .arg(format!("http://127.0.0.1:{}/", plain.port))
        .arg(pack_json)
        .current_dir(&root);
    tools::step("first visit on a phone's link (budgets)", node)
}

/// Builds dist/, serves it on a free loopback port and runs a Node script against it in
/// Chromium; the script gets the URL first, then whatever `args` adds.
fn in_browser(
    name: &str,
    script: &str,
    args: impl FnOnce(&mut std::process::Command, &std::path::Path),
) -> anyhow::Result<()> {
    let root = tools::root();
    let dist = build::dist()?;
    tools::ensure_chromium()?;
    let server = serve::spawn(&dist, 0, true)?;
    let mut node = std::process::Command::new("node");
    node.arg(root.join(script))
        .arg(format!("http://127.0.0.1:{}/", server.port))
        .current_dir(&root);
    args(&mut node, &dist);
    tools::step(name, node)
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
    // The pack is checked once, by the CLI's test `the_fundamentals_pack_checks_clean`.
    tools::step(
        "unit and integration tests",
        tools::cargo(&["test", "--workspace"]),
    )?;
    in_browser("browser end-to-end tests", "tests/e2e.mjs", |node, _| {
        node.env("PUENTE_BIN", root.join("target/debug/puente"));
    })?;
    // The dist/ that in_browser built is the app `puente preview` serves here.
    let mut preview = std::process::Command::new("node");
    preview
        .arg(root.join("tests/preview.mjs"))
        .arg(root.join("target/debug/puente"))
        .arg(root.join("dist"))
        .current_dir(&root);
    tools::step("puente preview in the browser", preview)?;
    let mut report = std::process::Command::new("node");
    report
        .arg(root.join("tests/report.mjs"))
        .arg(root.join("target/debug/puente"))
        .current_dir(&root);
    tools::step("a class report in the browser", report)?;
    println!("all tests passed");
    Ok(())
}
