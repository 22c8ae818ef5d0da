//! Grading in a child process with a wall-clock limit and a memory cap. Boa cannot be
//! interrupted, so code that never finishes within its engine limits (say, an exponential loop)
//! is stopped by killing the process that runs it; the command itself never hangs. Code that
//! allocates without end is refused by the capped allocator, and code that nests data deeper
//! than the engine's native recursion can follow overflows the stack: both abort the child, and
//! what it printed on stderr before dying tells the parent which test did it.

use std::io::{Read, Write};
use std::process::{Command, ExitCode, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use grader::{Crash, GradeReport, GradeRequest, RunReport, RunRequest};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Extra time for starting the child process, on top of the exercise's limit.
const STARTUP_ALLOWANCE: Duration = Duration::from_millis(300);

/// Lines the grading child writes on stderr as it goes, for the parent to read if it dies.
const LOADING: &str = "puente:loading";
const TEST: &str = "puente:test ";
const OUT_OF_MEMORY: &str = "puente:out-of-memory";

/// Grades `request` in a fresh `puente grade-stdin` process, killed after `limit_ms`.
pub fn grade(request: &GradeRequest, limit_ms: u32) -> anyhow::Result<GradeReport> {
    grade_in("grade-stdin", request, limit_ms)
}

/// Grades `code` as the learner's answer to a pack's exercise, by its tests or its checks.
pub fn grade_exercise(exercise: &course::Exercise, code: &str) -> anyhow::Result<GradeReport> {
    if exercise.kind == course::ExerciseKind::Tests {
        let request = suite_request(exercise, code);
        grade_in("suite-stdin", &request, exercise.time_limit_ms)
    } else if exercise.checks.is_empty() {
        let request = grader::GradeRequest {
            page: exercise.page.as_deref().map(grader::page::Page::from),
            solution: code.to_string(),
            tests: exercise.tests.clone(),
            limits: grader::Limits::for_time_limit(exercise.time_limit_ms),
            solution_name: exercise.import_as.clone(),
            files: exercise.files.clone(),
        };
        grade(&request, exercise.time_limit_ms)
    } else {
        let request = grader::HintsRequest {
            solution: code.to_string(),
            hints: exercise
                .checks
                .iter()
                .map(|c| grader::Hint {
                    text: c.text.clone(),
                    code: c.code.clone(),
                })
                .collect(),
            before_code: exercise.around_code().0.to_string(),
            after_code: exercise.around_code().1.to_string(),
            limits: grader::Limits::for_time_limit(exercise.time_limit_ms),
        };
        grade_hints(&request, exercise.time_limit_ms)
    }
}

/// The request that grades `tests`, a learner's test file for a `tests` exercise.
pub fn suite_request(exercise: &course::Exercise, tests: &str) -> grader::SuiteRequest {
    let under_test = exercise.under_test.as_deref();
    grader::SuiteRequest {
        tests: tests.to_string(),
        implementation: under_test
            .map(|u| u.implementation.clone())
            .unwrap_or_default(),
        broken: under_test
            .map(|u| {
                u.broken
                    .iter()
                    .map(|b| grader::Broken {
                        mistake: b.mistake.clone(),
                        code: b.code.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        limits: grader::Limits::for_time_limit(exercise.time_limit_ms),
        files: exercise.files.clone(),
    }
}

/// Grades an assert-style `request` in a fresh `puente hints-stdin` process.
pub fn grade_hints(request: &grader::HintsRequest, limit_ms: u32) -> anyhow::Result<GradeReport> {
    grade_in("hints-stdin", request, limit_ms)
}

fn grade_in<Req: Serialize>(
    subcommand: &str,
    request: &Req,
    limit_ms: u32,
) -> anyhow::Result<GradeReport> {
    Ok(match in_child(subcommand, request, limit_ms)? {
        Ended::Replied(report) => report,
        Ended::TimedOut => GradeReport::timed_out(limit_ms),
        Ended::Crashed(crash, test) => GradeReport::crashed(crash, test.as_deref()),
    })
}

/// Runs a lesson example in a fresh `puente run-stdin` process, killed after `limit_ms`.
pub fn run(request: &RunRequest, limit_ms: u32) -> anyhow::Result<RunReport> {
    Ok(match in_child("run-stdin", request, limit_ms)? {
        Ended::Replied(report) => report,
        Ended::TimedOut => RunReport::timed_out(limit_ms),
        Ended::Crashed(crash, _) => RunReport::crashed(crash),
    })
}

/// How a grading child ended.
enum Ended<Rep> {
    Replied(Rep),
    /// Killed for running out of time.
    TimedOut,
    /// Died on its own in the way given, while running the test named (`None`: while loading).
    Crashed(Crash, Option<String>),
}

/// Runs `subcommand` on `request` in a child process.
fn in_child<Req: Serialize, Rep: DeserializeOwned>(
    subcommand: &str,
    request: &Req,
    limit_ms: u32,
) -> anyhow::Result<Ended<Rep>> {
    let exe = std::env::current_exe().context("cannot find the puente executable")?;
    let mut child = Command::new(exe)
        .arg(subcommand)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot start a grading process")?;
    let input = serde_json::to_vec(request)?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = thread::spawn(move || stdin.write_all(&input));
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let reader = thread::spawn(move || {
        let mut out = Vec::new();
        stdout.read_to_end(&mut out).map(|_| out)
    });
    // Read as it comes: a test file with thousands of tests writes more markers than a pipe
    // holds, and a child blocked on a full pipe would look like a timeout.
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let errors = thread::spawn(move || {
        let mut err = Vec::new();
        let _ = stderr.read_to_end(&mut err);
        String::from_utf8_lossy(&err).into_owned()
    });
    let deadline = Instant::now() + Duration::from_millis(u64::from(limit_ms)) + STARTUP_ALLOWANCE;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(2));
    };
    let _ = writer.join();
    let output = reader
        .join()
        .map_err(|_| anyhow::anyhow!("reader thread failed"))??;
    let err = errors
        .join()
        .map_err(|_| anyhow::anyhow!("reader thread failed"))?;
    match status {
        None => Ok(Ended::TimedOut),
        Some(s) if s.success() => serde_json::from_slice(&output)
            .map(Ended::Replied)
            .context("the grading process printed an unreadable report"),
        Some(s) => match crash(&s, &err) {
            Some(crash) => Ok(Ended::Crashed(crash, running_test(&err))),
            None => anyhow::bail!(
                "the grading process failed ({s}): {}",
                without_markers(&err)
            ),
        },
    }
}

/// How a child that exited with `status` and printed `err` died, if learner code killed it; a
/// child that merely reported an error of its own (a bad request) is not a crash.
fn crash(status: &std::process::ExitStatus, err: &str) -> Option<Crash> {
    let refused = err.lines().any(|line| line == OUT_OF_MEMORY);
    // A test's name is learner-controlled text: only what the process itself printed counts.
    let err = &without_markers(err);
    // Printed by Rust's handler for a guard-page hit, just before it aborts.
    if err.contains("has overflowed its stack") {
        return Some(Crash::Stack);
    }
    if refused
        || err.contains("memory allocation of ")
        || err.contains(grader::memory::CAPACITY_OVERFLOW)
    {
        return Some(Crash::Memory);
    }
    // A panic in the grader on some input is still this run's result, not the command's.
    if err.contains("panicked at") {
        return Some(Crash::Trap);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt as _;
        // SIGSEGV: a stack overflow that missed the guard page's handler.
        if status.signal() == Some(11) {
            return Some(Crash::Stack);
        }
        if status.signal().is_some() {
            return Some(Crash::Trap);
        }
    }
    #[cfg(not(unix))]
    let _ = status;
    None
}

/// The test the child announced last, or `None` when it was still loading the code.
fn running_test(err: &str) -> Option<String> {
    let last = err
        .lines()
        .rev()
        .find(|line| *line == LOADING || line.starts_with(TEST))?;
    serde_json::from_str(last.strip_prefix(TEST)?).ok()
}

fn without_markers(err: &str) -> String {
    err.lines()
        .filter(|line| *line != OUT_OF_MEMORY && !line.starts_with(TEST) && *line != LOADING)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// The child's side of `grade`: read a request from stdin, grade it, print the report.
pub fn serve_grade() -> anyhow::Result<ExitCode> {
    serve(|request: GradeRequest| grader::grade(&request))
}

/// The child's side of an assert-style grading.
pub fn serve_hints() -> anyhow::Result<ExitCode> {
    serve(|request: grader::HintsRequest| grader::grade_hints(&request))
}

/// The child's side of grading a learner's test file.
pub fn serve_suite() -> anyhow::Result<ExitCode> {
    serve(|request: grader::SuiteRequest| grader::grade_suite(&request))
}

/// The child's side of `run`.
pub fn serve_run() -> anyhow::Result<ExitCode> {
    serve(|request: RunRequest| grader::run_snippet(&request))
}

fn serve<Req: DeserializeOwned, Rep: Serialize>(
    handle: impl FnOnce(Req) -> Rep,
) -> anyhow::Result<ExitCode> {
    grader::on_stage(announce);
    grader::memory::on_refusal(refused);
    grader::memory::set_cap(grader::memory::DEFAULT_CAP);
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let request: Req = serde_json::from_str(&input).context("bad request on stdin")?;
    serde_json::to_writer(std::io::stdout().lock(), &handle(request))?;
    Ok(ExitCode::SUCCESS)
}

/// Tells the parent, through stderr, what runs now; a test's name is written as a JSON string
/// so that a name with a line break stays on one line.
fn announce(test: Option<&str>) {
    let line = match test {
        Some(name) => format!(
            "{TEST}{}\n",
            serde_json::to_string(name).unwrap_or_else(|_| "\"\"".into())
        ),
        None => format!("{LOADING}\n"),
    };
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// Runs inside the allocator, so it writes to the file descriptor directly: no lock, no buffer,
/// no allocation.
fn refused() {
    #[cfg(unix)]
    {
        use std::os::fd::FromRawFd as _;
        // SAFETY: fd 2 is the child's stderr for its whole life; ManuallyDrop keeps it open.
        let mut stderr = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(2) });
        let _ = stderr.write_all(b"\npuente:out-of-memory\n");
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::process::ExitStatusExt as _;

    const SIGABRT: i32 = 6;

    #[test]
    fn the_last_announced_test_is_the_one_that_crashed() {
        let err = "puente:loading\npuente:test \"first\"\npuente:test \"two\\nlines\"\n\npuente:out-of-memory\nmemory allocation of 8 bytes failed\n";
        assert_eq!(running_test(err).as_deref(), Some("two\nlines"));
        assert_eq!(running_test("puente:loading\n"), None);
        let status = std::process::ExitStatus::from_raw(SIGABRT);
        assert_eq!(crash(&status, err), Some(Crash::Memory));
    }

    #[test]
    fn a_test_name_cannot_pose_as_the_engine() {
        let err = "puente:loading\npuente:test \"has overflowed its stack, panicked at\"\n\npuente:out-of-memory\n";
        let status = std::process::ExitStatus::from_raw(SIGABRT);
        assert_eq!(crash(&status, err), Some(Crash::Memory));
        // A child that exits with an error of its own (a bad request) did not crash.
        let status = std::process::ExitStatus::from_raw(2 << 8);
        assert_eq!(crash(&status, "puente:test \"panicked at\"\n"), None);
    }
}
