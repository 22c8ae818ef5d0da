//! `puente grade DIR DIR...`: a whole track at once. A pool of threads, one per core by default,
//! each grading one exercise at a time in its own child process (so each exercise is still
//! isolated and limited); results print in the order the exercises were given.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use grader::{GradeReport, Verdict};
use serde_json::json;

use crate::grade::Options;
use crate::output::{out, outln};

type Grade = fn(&Path, &Options) -> anyhow::Result<GradeReport>;

pub fn run(exercises: &[PathBuf], options: &Options, grade: Grade) -> anyhow::Result<ExitCode> {
    let jobs = options.jobs.clamp(1, exercises.len().max(1));
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    let mut tally = Tally::default();
    std::thread::scope(|scope| {
        let (sender, results) = mpsc::channel();
        for _ in 0..jobs {
            let sender = sender.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = exercises.get(i) else { break };
                let clock = Instant::now();
                let result = grade(path, options);
                if sender.send((i, result, clock.elapsed())).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let mut waiting = BTreeMap::new();
        let mut printed = 0;
        for (i, result, elapsed) in results {
            waiting.insert(i, (result, elapsed));
            while let Some((result, elapsed)) = waiting.remove(&printed) {
                tally.print(&exercises[printed], &result, elapsed, options.jsonl);
                printed += 1;
            }
        }
    });
    let summary = format!(
        "{} exercises in {:.1} s with {jobs} at a time: {} passed, {} did not pass, {} could not be graded",
        exercises.len(),
        started.elapsed().as_secs_f64(),
        tally.passed,
        tally.not_passed,
        tally.unreadable
    );
    if options.jsonl {
        // Standard output stays one JSON object per line.
        eprintln!("{summary}");
    } else {
        outln!("{summary}");
    }
    Ok(if tally.passed == exercises.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[derive(Default)]
struct Tally {
    passed: usize,
    not_passed: usize,
    unreadable: usize,
}

impl Tally {
    fn print(
        &mut self,
        path: &Path,
        result: &anyhow::Result<GradeReport>,
        elapsed: Duration,
        jsonl: bool,
    ) {
        let shown = path.display().to_string();
        let seconds = (elapsed.as_secs_f64() * 1000.0).round() / 1000.0;
        match result {
            Ok(report) => {
                if report.verdict == Verdict::Passed {
                    self.passed += 1;
                } else {
                    self.not_passed += 1;
                }
                let message = report
                    .error
                    .as_ref()
                    .map(|e| format!("{}: {}", e.name, e.message));
                if jsonl {
                    let line = json!({
                        "exercise": shown,
                        "verdict": report.verdict,
                        "passed": report.passed(),
                        "failed": report.failed(),
                        "tests": report.tests.len(),
                        "seconds": seconds,
                        "message": message,
                    });
                    outln!("{line}");
                } else {
                    let mark = if report.verdict == Verdict::Passed {
                        "PASS"
                    } else {
                        "FAIL"
                    };
                    out!(
                        "{mark}  {shown}  {}/{} tests  {seconds:.2} s\n",
                        report.passed(),
                        report.tests.len()
                    );
                    if let Some(message) = message {
                        outln!("      {message}");
                    }
                }
            }
            Err(e) => {
                self.unreadable += 1;
                if jsonl {
                    let line = json!({
                        "exercise": shown,
                        "verdict": "unreadable",
                        "seconds": seconds,
                        "message": format!("{e:#}"),
                    });
                    outln!("{line}");
                } else {
                    outln!("ERR   {shown}  {e:#}");
                }
            }
        }
    }
}
