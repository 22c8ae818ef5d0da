//! Exercism's exercise layout (`.meta/config.json`) and its results.json (version 3), so
//! instructors can grade exercises they already have and feed results to tools they know.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use grader::{GradeReport, TestStatus, Verdict};
use serde_json::{json, Value};

/// Exercism's own test runner allows a suite 20 s; Boa is slower than Node on heavy suites, so
/// an Exercism suite gets half of that, and all of it when the track flags it
/// `tests.may-run-long`. Both `puente grade` and `puente import exercism` apply this.
pub const LIMIT_MS: u32 = 10_000;
pub const LONG_LIMIT_MS: u32 = 20_000;

/// An Exercism exercise read from disk.
pub struct ExercismExercise {
    pub stub: String,
    pub tests: String,
    /// How the tests import the solution, like `./two-fer`.
    pub solution_name: String,
    /// `files.editor`: read-only files the tests or the solution may import or require.
    pub editor: BTreeMap<String, String>,
    /// The reference solution (`files.example`, or `files.exemplar` for concept exercises).
    pub reference: Option<String>,
    /// `custom."flag.tests.may-run-long"`: the suite needs more time than most.
    pub may_run_long: bool,
}

fn first_file(config: &Value, key: &str) -> Option<String> {
    config["files"][key]
        .as_array()?
        .first()?
        .as_str()
        .map(str::to_string)
}

/// Reads the stub and the test file named by `.meta/config.json`.
pub fn load(dir: &Path, config_path: &Path) -> anyhow::Result<ExercismExercise> {
    let text = std::fs::read_to_string(config_path)
        .with_context(|| format!("cannot read {}", config_path.display()))?;
    let config: Value = serde_json::from_str(&text)
        .with_context(|| format!("{} is not valid JSON", config_path.display()))?;
    let solution = first_file(&config, "solution")
        .with_context(|| format!("{}: files.solution lists no file", config_path.display()))?;
    let test = first_file(&config, "test")
        .with_context(|| format!("{}: files.test lists no file", config_path.display()))?;
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).with_context(|| {
            format!(
                "cannot read {} (named in {})",
                path.display(),
                config_path.display()
            )
        })
    };
    let mut editor = BTreeMap::new();
    for name in config["files"]["editor"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        editor.insert(name.to_string(), read(name)?);
    }
    let stem = solution.strip_suffix(".js").unwrap_or(&solution);
    let reference = first_file(&config, "example")
        .or_else(|| first_file(&config, "exemplar"))
        .map(|name| read(&name))
        .transpose()?;
    Ok(ExercismExercise {
        stub: read(&solution)?,
        tests: read(&test)?,
        solution_name: format!("./{stem}"),
        editor,
        reference,
        may_run_long: config["custom"]["flag.tests.may-run-long"].as_bool() == Some(true),
    })
}

/// The report as Exercism's results.json, version 3.
pub fn results_v3(report: &GradeReport) -> Value {
    let status = match report.verdict {
        Verdict::Passed => "pass",
        Verdict::Failed => "fail",
        Verdict::Error | Verdict::TimedOut => "error",
    };
    // Exercism's concept exercises are split into tasks, one per top-level describe; a file with a
    // single describe has no tasks to tell apart.
    let mut tasks: Vec<u32> = report.tests.iter().filter_map(|t| t.task_id).collect();
    tasks.dedup();
    let per_task = tasks.len() > 1;
    let tests: Vec<Value> = report
        .tests
        .iter()
        .map(|t| {
            let mut v = json!({
                "name": t.name,
                "status": match t.status { TestStatus::Passed => "pass", TestStatus::Failed => "fail", TestStatus::Skipped => "skip" },
                "test_code": t.test_code.clone().unwrap_or_default(),
            });
            if let Some(f) = &t.failure {
                let mut message = f.message.clone();
                if let Some(e) = &f.expected {
                    message += &format!("\nExpected: {e}");
                }
                if let Some(r) = &f.received {
                    message += &format!("\nReceived: {r}");
                }
                v["message"] = json!(message);
            }
            if let (true, Some(task)) = (per_task, t.task_id) {
                v["task_id"] = json!(task);
            }
            if !t.console.is_empty() {
                let output: Vec<&str> = t.console.iter().map(|l| l.text.as_str()).collect();
                v["output"] = json!(output.join("\n"));
            }
            v
        })
        .collect();
    let mut out = json!({ "version": 3, "status": status, "tests": tests });
    if let Some(e) = &report.error {
        out["message"] = json!(match e.line {
            Some(l) => format!("{}: {} (line {l})", e.name, e.message),
            None => format!("{}: {}", e.name, e.message),
        });
    }
    out
}
