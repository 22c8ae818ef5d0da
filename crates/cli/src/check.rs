//! `puente check PACK_DIR`: the pack loads, every solution passes, every starter fails.

use crate::output::{out, outln};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use course::{Exercise, ExerciseKind, Item, Pack};
use grader::{GradeReport, RunRequest, TestStatus, Verdict};
use serde::Serialize;

use crate::isolate;

#[derive(Serialize)]
struct CheckReport {
    ok: bool,
    pack: Option<PackSummary>,
    /// Problems with the pack's files (from loading) and with lessons' runnable examples.
    problems: Vec<String>,
    exercises: Vec<ExerciseCheck>,
    seconds: f64,
}

#[derive(Serialize)]
struct PackSummary {
    id: String,
    title: String,
    version: String,
    modules: usize,
    lessons: usize,
    exercises: usize,
    quizzes: usize,
    questions: usize,
    tests: usize,
    examples: usize,
    glossary_terms: usize,
    /// Exercises by kind (write, fix, extend), in that order.
    kinds: Vec<(String, usize)>,
    /// The exercises' estimated minutes, added up, in hours.
    hours: f64,
    per_module: Vec<ModuleCounts>,
}

#[derive(Serialize)]
struct ModuleCounts {
    id: String,
    lessons: usize,
    exercises: usize,
    quizzes: usize,
    questions: usize,
    examples: usize,
}

#[derive(Serialize)]
struct ExerciseCheck {
    id: String,
    title: String,
    solution: RunSummary,
    starter: RunSummary,
    /// Known-wrong solutions (`wrong/*.js`) and how each fared; every one must fail.
    wrong: Vec<WrongCheck>,
    problems: Vec<String>,
}

#[derive(Serialize)]
struct WrongCheck {
    file: String,
    run: RunSummary,
}

#[derive(Serialize)]
struct RunSummary {
    verdict: Verdict,
    passed: usize,
    failed: usize,
}

pub fn run(dir: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let report = match course::load_pack(dir) {
        Err(e) => CheckReport {
            ok: false,
            pack: None,
            problems: e.problems.iter().map(ToString::to_string).collect(),
            exercises: Vec::new(),
            seconds: started.elapsed().as_secs_f64(),
        },
        Ok(pack) => {
            let (exercises, problems) = check_all(&pack, dir);
            let tests = exercises
                .iter()
                .map(|e| e.solution.passed + e.solution.failed)
                .sum();
            CheckReport {
                ok: problems.is_empty() && exercises.iter().all(|e| e.problems.is_empty()),
                pack: Some(summary(&pack, tests)),
                problems,
                exercises,
                seconds: started.elapsed().as_secs_f64(),
            }
        }
    };
    if json {
        outln!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        out!("{}", render(&report));
    }
    Ok(if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn summary(pack: &Pack, tests: usize) -> PackSummary {
    let per_module: Vec<ModuleCounts> = pack
        .modules
        .iter()
        .map(|m| {
            let mut c = ModuleCounts {
                id: m.id.clone(),
                lessons: 0,
                exercises: 0,
                quizzes: 0,
                questions: 0,
                examples: 0,
            };
            for item in &m.items {
                match item {
                    Item::Lesson(l) => {
                        c.lessons += 1;
                        c.examples += l.examples().count();
                    }
                    Item::Exercise(_) => c.exercises += 1,
                    Item::Quiz(q) => {
                        c.quizzes += 1;
                        c.questions += q.questions.len();
                    }
                }
            }
            c
        })
        .collect();
    let total = |f: fn(&ModuleCounts) -> usize| per_module.iter().map(f).sum();
    PackSummary {
        id: pack.id.clone(),
        title: pack.title.clone(),
        version: pack.version.clone(),
        modules: pack.modules.len(),
        lessons: total(|c| c.lessons),
        exercises: total(|c| c.exercises),
        quizzes: total(|c| c.quizzes),
        questions: total(|c| c.questions),
        tests,
        examples: total(|c| c.examples),
        glossary_terms: pack.glossary.len(),
        kinds: ExerciseKind::ALL
            .iter()
            .map(|k| {
                let n = pack.exercises().filter(|(_, e)| e.kind == *k).count();
                (k.name().to_string(), n)
            })
            .collect(),
        hours: f64::from(pack.exercises().map(|(_, e)| e.minutes).sum::<u32>()) / 60.0,
        per_module,
    }
}

enum Job<'a> {
    /// An exercise, its folder, and whether its pack is imported (declares a `[source]`).
    Exercise(String, &'a Exercise, std::path::PathBuf, bool),
    /// A lesson's runnable example: where it is, its code, whether it should throw, and the
    /// HTML of the page it runs in.
    Example(String, &'a str, bool, Option<&'a str>),
    /// A predict-the-output quiz question: where it is, and the question.
    Predict(String, &'a course::Question),
}

enum Outcome {
    Exercise(ExerciseCheck),
    Example(Option<String>),
}

/// Grades every exercise twice and runs every lesson example, spreading the work over the
/// machine's cores. Returns the exercise checks and the examples' problems.
fn check_all(pack: &Pack, dir: &Path) -> (Vec<ExerciseCheck>, Vec<String>) {
    let mut jobs: Vec<Job> = pack
        .exercises()
        .map(|(m, e)| {
            Job::Exercise(
                format!("{}/{}", m.id, e.id),
                e,
                dir.join(&m.id).join(&e.id),
                pack.source.is_some(),
            )
        })
        .collect();
    for m in &pack.modules {
        for item in &m.items {
            match item {
                Item::Lesson(l) => {
                    for (code, throws, line, page) in l.examples() {
                        let file = dir.join(&m.id).join(format!("{}.md", l.id));
                        let place = format!("{}:{line}", file.display());
                        jobs.push(Job::Example(place, code, throws, page));
                    }
                }
                Item::Quiz(q) => {
                    for (n, question) in q.questions.iter().enumerate() {
                        if question.code.is_some() {
                            let file = dir.join(&m.id).join(format!("{}.quiz.toml", q.id));
                            let place = format!("{}, question {}", file.display(), n + 1);
                            jobs.push(Job::Predict(place, question));
                        }
                    }
                }
                Item::Exercise(_) => {}
            }
        }
    }
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Outcome>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(job) = jobs.get(i) else {
                    break;
                };
                let outcome = match job {
                    Job::Exercise(id, exercise, folder, imported) => {
                        Outcome::Exercise(check_one(id, exercise, folder, *imported))
                    }
                    Job::Example(place, code, throws, page) => {
                        Outcome::Example(check_example(place, code, *throws, *page))
                    }
                    Job::Predict(place, question) => {
                        Outcome::Example(check_prediction(place, question))
                    }
                };
                *results[i]
                    .lock()
                    .expect("no worker panics while holding the lock") = Some(outcome);
            });
        }
    });
    let mut exercises = Vec::new();
    let mut problems = Vec::new();
    for outcome in results
        .into_iter()
        .filter_map(|m| m.into_inner().ok().flatten())
    {
        match outcome {
            Outcome::Exercise(e) => exercises.push(e),
            Outcome::Example(p) => problems.extend(p),
        }
    }
    (exercises, problems)
}

/// A problem with a lesson example: one that throws unexpectedly, or that should throw and
/// does not.
fn check_example(place: &str, code: &str, throws: bool, page: Option<&str>) -> Option<String> {
    let request = RunRequest {
        code: code.to_string(),
        limits: Default::default(),
        page: page.map(|html| grader::page::Page {
            html: html.to_string(),
            ..Default::default()
        }),
    };
    let limit = if page.is_some() {
        course::PAGE_EXAMPLE_LIMIT_MS
    } else {
        course::DEFAULT_TIME_LIMIT_MS
    };
    let report = match isolate::run(&request, limit) {
        Ok(r) => r,
        Err(e) => return Some(format!("{place}: the example could not be run: {e}")),
    };
    match (&report.error, throws) {
        (None, false) | (Some(_), true) => None,
        (Some(e), false) => Some(format!(
            "{place}: the runnable example throws {}: {}{}; fix it, or mark the block `js runnable throws` if that is its point",
            e.name,
            e.message,
            e.line.map(|l| format!(" (line {l} of the example)")).unwrap_or_default()
        )),
        (None, true) => Some(format!(
            "{place}: the example is marked `throws` but runs without an error; remove `throws`"
        )),
    }
}

/// A problem with a predict-the-output question: its program fails, or prints something its
/// accepted answers do not match.
fn check_prediction(place: &str, question: &course::Question) -> Option<String> {
    let request = RunRequest {
        code: question.code.clone().unwrap_or_default(),
        limits: Default::default(),
        page: None,
    };
    let report = match isolate::run(&request, course::DEFAULT_TIME_LIMIT_MS) {
        Ok(r) => r,
        Err(e) => return Some(format!("{place}: the program could not be run: {e}")),
    };
    if let Some(e) = &report.error {
        return Some(format!(
            "{place}: the program throws {}: {}; a predict question's program must run",
            e.name, e.message
        ));
    }
    let lines: Vec<&str> = report.console.iter().map(|l| l.text.as_str()).collect();
    (!question.accepts_output(&lines)).then(|| {
        format!(
            "{place}: the program prints {:?}, which none of `answers` matches; put that (its lines joined by spaces) first in `answers`",
            lines.join(" ")
        )
    })
}

fn check_one(id: &str, exercise: &Exercise, folder: &Path, imported: bool) -> ExerciseCheck {
    let mut problems = Vec::new();
    let ext = exercise
        .page
        .as_deref()
        .map_or("js", |p| p.edit.extension());
    let wrong_files = wrong_solutions(folder, ext, &mut problems);
    let mut grade = |code: &str, which: &str| -> GradeReport {
        isolate::grade_exercise(exercise, code).unwrap_or_else(|e| {
            problems.push(format!("the {which} could not be graded: {e}"));
            GradeReport::error(
                grader::CodeError::new("GraderError", e.to_string()),
                Vec::new(),
            )
        })
    };
    let solution = grade(&exercise.solution, "solution");
    let starter = grade(&exercise.starter, "starter");
    let wrong: Vec<(String, GradeReport)> = wrong_files
        .into_iter()
        .map(|(file, code)| {
            let report = grade(&code, &file);
            (file, report)
        })
        .collect();

    match solution.verdict {
        Verdict::Passed => {}
        Verdict::Failed => {
            for t in solution
                .tests
                .iter()
                .filter(|t| t.status == TestStatus::Failed)
            {
                let why = t.failure.as_ref().map(describe_failure).unwrap_or_default();
                problems.push(format!("solution.js fails \"{}\": {why}", t.name));
            }
        }
        Verdict::Error | Verdict::TimedOut => problems.push(format!(
            "solution.js does not run: {}",
            error_text(&solution)
        )),
    }
    match starter.verdict {
        Verdict::Failed => {}
        Verdict::Passed => problems.push("starter.js passes every test, so the tests check nothing a learner must do; make at least one test fail for the starter".into()),
        // Sources leave parts of a starter for the learner to write: Exercism's concept stubs
        // omit exports ("define the constant"), freeCodeCamp's seeds have blanks that do not
        // parse. In an imported pack a starter that stops with an error still counts as failing.
        Verdict::Error if imported => {}
        Verdict::Error | Verdict::TimedOut => problems.push(format!(
            "starter.js cannot be graded ({}); it must load and export the names the tests import",
            error_text(&starter)
        )),
    }
    // An imported suite is the source's to size; only a hand-written one is held to five tests.
    // A `tests` exercise is graded by the broken versions it ships, not by a test count.
    if !imported && exercise.kind != ExerciseKind::Tests && solution.tests.len() < 5 {
        let (file, what) = if exercise.checks.is_empty() {
            ("tests.js", "tests")
        } else {
            ("exercise.toml", "checks")
        };
        problems.push(format!(
            "{file} has {} {what}; write at least 5, including edge cases",
            solution.tests.len()
        ));
    }
    let wrong = wrong
        .into_iter()
        .map(|(file, report)| {
            if report.verdict == Verdict::Passed {
                problems.push(format!(
                    "{file} is a known-wrong solution but passes every test; add a test that catches it"
                ));
            }
            WrongCheck {
                file,
                run: run_summary(&report),
            }
        })
        .collect();
    ExerciseCheck {
        id: id.to_string(),
        title: exercise.title.clone(),
        solution: run_summary(&solution),
        starter: run_summary(&starter),
        wrong,
        problems,
    }
}

/// The exercise's known-wrong solutions: `wrong/*.js` (`.html` or `.css` when the learner writes
/// the page's HTML or style sheet), each a whole replacement for the solution that the tests
/// must fail, so a rule the instructions state stays checked. Sorted by name.
fn wrong_solutions(folder: &Path, ext: &str, problems: &mut Vec<String>) -> Vec<(String, String)> {
    let dir = folder.join("wrong");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let name = format!(
                "wrong/{}",
                path.file_name().unwrap_or_default().to_string_lossy()
            );
            match std::fs::read_to_string(&path) {
                Ok(code) => Some((name, code)),
                Err(e) => {
                    problems.push(format!("{name} cannot be read: {e}"));
                    None
                }
            }
        })
        .collect()
}

fn run_summary(r: &GradeReport) -> RunSummary {
    RunSummary {
        verdict: r.verdict,
        passed: r.passed(),
        failed: r.failed(),
    }
}

fn describe_failure(f: &grader::Failure) -> String {
    let mut s = f.message.clone();
    if let (Some(e), Some(r)) = (&f.expected, &f.received) {
        s += &format!(" (expected {e}, received {r})");
    }
    s
}

fn error_text(r: &GradeReport) -> String {
    r.error
        .as_ref()
        .map(|e| match e.line {
            Some(l) => format!("{}: {} at line {l}", e.name, e.message),
            None => format!("{}: {}", e.name, e.message),
        })
        .unwrap_or_else(|| format!("{:?}", r.verdict))
}

fn render(report: &CheckReport) -> String {
    let mut out = String::new();
    if let Some(p) = &report.pack {
        out += &format!(
            "Pack {} \"{}\" {}: {} modules, {} lessons, {} exercises, {} tests, {} quizzes with {} questions, {} runnable examples, {} glossary terms\n",
            p.id, p.title, p.version, p.modules, p.lessons, p.exercises, p.tests, p.quizzes, p.questions, p.examples, p.glossary_terms
        );
        out += &format!(
            "  {:<28} {:>7} {:>9} {:>9} {:>8}\n",
            "module", "lessons", "exercises", "questions", "examples"
        );
        for m in &p.per_module {
            out += &format!(
                "  {:<28} {:>7} {:>9} {:>9} {:>8}\n",
                m.id, m.lessons, m.exercises, m.questions, m.examples
            );
        }
        let kinds: Vec<String> = p.kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
        out += &format!(
            "  exercises by kind: {}; estimated practice: {:.1} hours\n",
            kinds.join(", "),
            p.hours
        );
    }
    for problem in &report.problems {
        out += &format!("  problem: {problem}\n");
    }
    for e in &report.exercises {
        let status = if e.problems.is_empty() {
            "ok  "
        } else {
            "FAIL"
        };
        let wrong = if e.wrong.is_empty() {
            String::new()
        } else {
            let caught = e
                .wrong
                .iter()
                .filter(|w| w.run.verdict != Verdict::Passed)
                .count();
            format!(", wrong solutions caught {caught}/{}", e.wrong.len())
        };
        out += &format!(
            "  {status} {:<40} solution {}/{} passed, starter fails {}/{}{wrong}\n",
            e.id,
            e.solution.passed,
            e.solution.passed + e.solution.failed,
            e.starter.failed,
            e.starter.passed + e.starter.failed,
        );
        for p in &e.problems {
            out += &format!("       - {p}\n");
        }
    }
    let bad = report
        .exercises
        .iter()
        .filter(|e| !e.problems.is_empty())
        .count()
        + usize::from(!report.problems.is_empty());
    out += &format!(
        "{} exercises checked in {:.2} s: {}\n",
        report.exercises.len(),
        report.seconds,
        if report.ok {
            "all good".to_string()
        } else {
            format!("{bad} with problems")
        }
    );
    out
}
