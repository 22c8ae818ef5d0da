//! `cargo xtask fuzz`: the property tests named `fuzz_`, optimized and with many more cases than
//! `cargo test` gives them.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Instant;

use anyhow::{bail, Context};

use crate::tools::{cargo, step};

/// The packages whose `fuzz_` tests run, when they are in the workspace.
const PACKAGES: [&str; 2] = ["course", "progress"];

pub const DEFAULT_CASES: u64 = 20_000;

struct Row {
    package: &'static str,
    test: String,
    cases: Option<u64>,
    seconds: Option<f64>,
    passed: bool,
}

pub fn fuzz(cases: u64) -> anyhow::Result<()> {
    let members = workspace_packages()?;
    let packages: Vec<&'static str> = PACKAGES
        .into_iter()
        .filter(|p| {
            let present = members.iter().any(|m| m == p);
            if !present {
                println!("==> no package {p:?} in the workspace; skipping it");
            }
            present
        })
        .collect();
    let mut rows = Vec::new();
    let mut failed = Vec::new();
    for package in packages {
        let test_args = ["test", "--release", "-p", package, "--tests"];
        let mut build = cargo(&test_args);
        build.arg("--no-run");
        step(&format!("build the {package} tests (release)"), build)?;
        let started = Instant::now();
        let mut run = cargo(&test_args);
        run.args(["--", "fuzz_", "--nocapture"])
            .env("PROPTEST_CASES", cases.to_string())
            .stdout(Stdio::piped());
        println!("==> fuzz {package} with PROPTEST_CASES={cases}");
        let mut child = run
            .spawn()
            .with_context(|| format!("cannot start {run:?}"))?;
        let stdout = child.stdout.take().context("no test output")?;
        for line in BufReader::new(stdout).lines() {
            let line = line?;
            println!("{line}");
            record(package, &line, &mut rows);
        }
        let status = child.wait()?;
        println!(
            "==> {package}: fuzz tests done in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        if !status.success() {
            failed.push(package);
        }
    }
    println!("\nfuzz results, PROPTEST_CASES={cases}:");
    for row in &rows {
        let cases = row.cases.map_or_else(
            || "cases not reported".to_string(),
            |n| format!("{n} cases"),
        );
        let time = row
            .seconds
            .map_or_else(String::new, |s| format!(" in {s:.2} s"));
        let verdict = if row.passed { "ok" } else { "FAILED" };
        println!(
            "  {:<9}{:<38}{cases}{time}  {verdict}",
            row.package, row.test
        );
    }
    if rows.is_empty() {
        println!("  no fuzz_ tests found");
    }
    if !failed.is_empty() {
        bail!("fuzz tests failed in {}", failed.join(", "));
    }
    Ok(())
}

/// Picks up the two kinds of line that matter: the `NAME: N cases in T s` a fuzz test prints,
/// and libtest's `test NAME ... ok|FAILED`.
fn record(package: &'static str, line: &str, rows: &mut Vec<Row>) {
    let mut row_for = |test: &str| -> usize {
        match rows
            .iter()
            .position(|r| r.package == package && r.test == test)
        {
            Some(i) => i,
            None => {
                rows.push(Row {
                    package,
                    test: test.to_string(),
                    cases: None,
                    seconds: None,
                    passed: false,
                });
                rows.len() - 1
            }
        }
    };
    if let Some((test, rest)) = line.split_once(": ") {
        let mut words = rest.split_whitespace();
        if let (Some(n), Some("cases"), Some("in"), Some(t), Some("s")) = (
            words.next(),
            words.next(),
            words.next(),
            words.next(),
            words.next(),
        ) {
            if let (Ok(n), Ok(t)) = (n.parse(), t.parse()) {
                let i = row_for(test);
                rows[i].cases = Some(n);
                rows[i].seconds = Some(t);
                return;
            }
        }
    }
    if let Some(rest) = line.strip_prefix("test ") {
        if let Some((test, verdict)) = rest.rsplit_once(" ... ") {
            let test = test.rsplit("::").next().unwrap_or(test);
            if test.starts_with("fuzz_") {
                let i = row_for(test);
                rows[i].passed = verdict.trim() == "ok";
            }
        }
    }
}

/// The names of the workspace's members.
fn workspace_packages() -> anyhow::Result<Vec<String>> {
    let output = cargo(&["metadata", "--no-deps", "--format-version", "1"])
        .stderr(Stdio::inherit())
        .output()
        .context("cannot run cargo metadata")?;
    if !output.status.success() {
        bail!("cargo metadata failed ({})", output.status);
    }
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout)?;
    Ok(metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["name"].as_str().map(str::to_string))
        .collect())
}
