//! `puente grade EXERCISE`: grade one exercise (a Puente or Exercism folder, or a freeCodeCamp
//! challenge file) and print the report.

use crate::output::{out, outln};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use grader::{GradeReport, GradeRequest, TestStatus, Verdict};

use crate::isolate;

/// How `puente grade` was asked to grade.
pub struct Options {
    /// Grade this file instead of each exercise's starter (one exercise only).
    pub solution: Option<PathBuf>,
    /// Grade each exercise's reference solution instead of its starter.
    pub reference: bool,
    pub json: bool,
    /// One JSON line per exercise, for many exercises.
    pub jsonl: bool,
    /// Overrides every exercise's own limit.
    pub timeout_ms: Option<u32>,
    /// Exercises graded at once; each still runs in its own process.
    pub jobs: usize,
}

/// An exercise to grade, from any layout.
struct Loaded {
    stub: String,
    /// The reference solution, when the layout has one.
    reference: Option<String>,
    tests: String,
    solution_name: Option<String>,
    /// Read-only files that ship with the exercise.
    files: BTreeMap<String, String>,
    /// Assert-style checks; when present they grade instead of `tests`.
    checks: Vec<grader::Hint>,
    /// Code run before and after the learner's, around the checks.
    around: (String, String),
    /// A page exercise's page.
    page: Option<grader::page::Page>,
    /// A `tests` exercise, whose answer is a test file graded against its implementations.
    suite: Option<Box<course::Exercise>>,
    limit: Limit,
}

/// A time limit and where it came from, so a timeout can say which limit applied.
#[derive(Clone, Copy)]
struct Limit {
    ms: u32,
    source: &'static str,
}

/// Reads an exercise in Puente's layout, Exercism's (`.meta/config.json`), or a freeCodeCamp
/// challenge file.
fn load(path: &Path) -> anyhow::Result<Loaded> {
    if path.is_file() && path.extension().is_some_and(|e| e == "md") {
        let challenge = crate::fcc::load(path)?;
        return Ok(Loaded {
            stub: challenge.seed,
            reference: challenge.solution,
            tests: String::new(),
            solution_name: None,
            files: BTreeMap::new(),
            checks: challenge.hints,
            around: (challenge.before_code, challenge.after_code),
            page: None,
            suite: None,
            limit: Limit {
                ms: course::DEFAULT_TIME_LIMIT_MS,
                source: "Puente's default",
            },
        });
    }
    let config = path.join(".meta/config.json");
    if config.is_file() {
        return crate::exercism::load(path, &config).map(|e| Loaded {
            stub: e.stub,
            reference: e.reference,
            tests: e.tests,
            solution_name: Some(e.solution_name),
            files: e.editor,
            checks: Vec::new(),
            around: Default::default(),
            page: None,
            suite: None,
            limit: if e.may_run_long {
                Limit {
                    ms: crate::exercism::LONG_LIMIT_MS,
                    source: "the limit for an Exercism exercise flagged tests.may-run-long",
                }
            } else {
                Limit {
                    ms: crate::exercism::LIMIT_MS,
                    source: "Puente's default for an Exercism exercise; --timeout sets another",
                }
            },
        });
    }
    match course::load_exercise(path) {
        Ok(e) => Ok(Loaded {
            suite: (e.kind == course::ExerciseKind::Tests).then(|| Box::new(e.clone())),
            stub: e.starter,
            reference: Some(e.solution),
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
            page: e.page.as_deref().map(grader::page::Page::from),
            limit: Limit {
                ms: e.time_limit_ms,
                source: "the exercise's time_limit_ms",
            },
        }),
        Err(e) => anyhow::bail!("{e}"),
    }
}

/// Grades one exercise as `options` say.
fn grade_one(path: &Path, options: &Options) -> anyhow::Result<GradeReport> {
    let exercise = load(path)?;
    let code = match (&options.solution, options.reference) {
        (Some(file), _) => std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?,
        (None, true) => exercise.reference.clone().with_context(|| {
            format!("{}: the exercise has no reference solution", path.display())
        })?,
        (None, false) => exercise.stub.clone(),
    };
    let limit = match options.timeout_ms {
        Some(ms) => Limit {
            ms,
            source: "the limit set by --timeout",
        },
        None => exercise.limit,
    };
    let mut report = if let Some(suite) = &exercise.suite {
        let mut request = isolate::suite_request(suite, &code);
        request.limits = grader::Limits::for_time_limit(limit.ms);
        isolate::grade_suite(&request, limit.ms)?
    } else if exercise.checks.is_empty() {
        let request = GradeRequest {
            page: exercise.page,
            solution: code,
            tests: exercise.tests,
            limits: grader::Limits::for_time_limit(limit.ms),
            solution_name: exercise.solution_name,
            files: exercise.files,
        };
        isolate::grade(&request, limit.ms)?
    } else {
        let request = grader::HintsRequest {
            solution: code,
            hints: exercise.checks,
            before_code: exercise.around.0,
            after_code: exercise.around.1,
            limits: grader::Limits::for_time_limit(limit.ms),
        };
        isolate::grade_hints(&request, limit.ms)?
    };
    if report.verdict == Verdict::TimedOut {
        if let Some(error) = report.error.as_mut() {
            error.message = format!("{} (limit: {})", error.message, limit.source);
        }
    }
    Ok(report)
}

pub fn run(exercises: &[PathBuf], options: &Options) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        options.solution.is_none() || exercises.len() == 1,
        "--solution grades one exercise; give one exercise, or use --reference to grade each exercise's own solution"
    );
    if let [only] = exercises {
        if !options.jsonl {
            let report = grade_one(only, options)?;
            return print_report(&report, options.json);
        }
    }
    crate::grade_many::run(exercises, options, grade_one)
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
