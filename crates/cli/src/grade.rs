//! `puente grade EXERCISE`: grade one exercise (a Puente or Exercism folder, or a freeCodeCamp
//! challenge file) and print the report.

use crate::output::{out, outln};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context as _;
use grader::{GradeReport, GradeRequest, TestStatus, Verdict};

use crate::isolate;

/// An exercise to grade, from either layout.
struct Loaded {
    stub: String,
    tests: String,
    solution_name: Option<String>,
    /// Read-only files that ship with the exercise.
    files: BTreeMap<String, String>,
    /// Assert-style checks; when present they grade instead of `tests`.
    checks: Vec<grader::Hint>,
    /// Code run before and after the learner's, around the checks.
    around: (String, String),
    time_limit_ms: u32,
}

/// Reads an exercise in Puente's layout, or in Exercism's (`.meta/config.json`).
fn load(dir: &Path) -> anyhow::Result<Loaded> {
    let config = dir.join(".meta/config.json");
    if config.is_file() {
        return crate::exercism::load(dir, &config).map(|e| Loaded {
            stub: e.stub,
            tests: e.tests,
            solution_name: Some(e.solution_name),
            files: e.editor,
            checks: Vec::new(),
            around: Default::default(),
            time_limit_ms: course::DEFAULT_TIME_LIMIT_MS,
        });
    }
    match course::load_exercise(dir) {
        Ok(e) => Ok(Loaded {
            stub: e.starter,
            tests: e.tests,
            solution_name: e.import_as,
            files: e.files,
            checks: e
                .checks
                .into_iter()
                .map(|c| grader::Hint {
                    text: c.text,
                    code: c.code,
                })
                .collect(),
            around: e.around.map(|a| (a.before, a.after)).unwrap_or_default(),
            time_limit_ms: e.time_limit_ms,
        }),
        Err(e) => anyhow::bail!("{e}"),
    }
}

pub fn run(dir: &Path, solution: Option<&Path>, json: bool) -> anyhow::Result<ExitCode> {
    let read_solution = |stub: &str| -> anyhow::Result<String> {
        match solution {
            Some(path) => std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display())),
            None => Ok(stub.to_string()),
        }
    };
    if dir.is_file() && dir.extension().is_some_and(|e| e == "md") {
        let challenge = crate::fcc::load(dir)?;
        let request = grader::HintsRequest {
            solution: read_solution(&challenge.seed)?,
            hints: challenge.hints,
            before_code: challenge.before_code,
            after_code: challenge.after_code,
            limits: Default::default(),
        };
        let report = isolate::grade_hints(&request, course::DEFAULT_TIME_LIMIT_MS)?;
        return print_report(&report, json);
    }
    let exercise = load(dir)?;
    let code = read_solution(&exercise.stub)?;
    if !exercise.checks.is_empty() {
        let request = grader::HintsRequest {
            solution: code,
            hints: exercise.checks,
            before_code: exercise.around.0,
            after_code: exercise.around.1,
            limits: Default::default(),
        };
        let report = isolate::grade_hints(&request, exercise.time_limit_ms)?;
        return print_report(&report, json);
    }
    let request = GradeRequest {
        solution: code,
        tests: exercise.tests.clone(),
        limits: Default::default(),
        solution_name: exercise.solution_name.clone(),
        files: exercise.files.clone(),
    };
    let report = isolate::grade(&request, exercise.time_limit_ms)?;
    print_report(&report, json)
}

fn print_report(report: &GradeReport, json: bool) -> anyhow::Result<ExitCode> {
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&crate::exercism::results_v3(report))?
        );
    } else {
        out!("{}", render(report));
    }
    Ok(match report.verdict {
        Verdict::Passed => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    })
}

/// A readable text report, as a terminal user would want it.
pub fn render(report: &GradeReport) -> String {
    let mut out = String::new();
    for line in &report.console {
        out += &format!("  console.{}: {}\n", line.level, line.text);
    }
    if let Some(e) = &report.error {
        let at = match (e.line, e.column) {
            (Some(l), Some(c)) => format!(" (line {l}, column {c})"),
            (Some(l), None) => format!(" (line {l})"),
            _ => String::new(),
        };
        out += &format!("{}: {}{at}\n", e.name, e.message);
        if let Some(x) = e.explain {
            out += &format!("  {}\n", x.text(grader::Lang::En));
        }
    }
    for t in &report.tests {
        let mark = match t.status {
            TestStatus::Passed => "PASS",
            TestStatus::Failed => "FAIL",
            TestStatus::Skipped => "SKIP",
        };
        out += &format!("{mark}  {}\n", t.name);
        if let Some(f) = &t.failure {
            out += &format!("      {}\n", f.message);
            if let Some(e) = &f.expected {
                out += &format!("      Expected: {e}\n");
            }
            if let Some(r) = &f.received {
                out += &format!("      Received: {r}\n");
            }
            if let Some(x) = f.explain {
                out += &format!("      {}\n", x.text(grader::Lang::En));
            }
        }
        for line in &t.console {
            out += &format!("      console.{}: {}\n", line.level, line.text);
        }
    }
    out += &format!(
        "{} passed, {} failed: {:?}\n",
        report.passed(),
        report.failed(),
        report.verdict
    );
    out
}
