//! Grading in a child process with a wall-clock limit and a memory cap. Boa cannot be
//! interrupted, so code that never finishes within its engine limits (say, an exponential loop)
//! is stopped by killing the process that runs it; the command itself never hangs. Code that
//! allocates without end is refused by the capped allocator, and code that nests data deeper
//! than the engine's native recursion can follow overflows the stack: both abort the child, and
//! what it printed on stderr before dying tells the parent which test did it.
//!
//! The children are pooled: each serves many runs, one at a time and each in its own fresh
//! engine context, and builds the next run's sandbox while it waits. A child that times out or
//! dies is replaced, so one run's fate never reaches the next.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitCode, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::Duration;

use anyhow::Context as _;
use grader::protocol::{Reply, Request};
use grader::{Crash, GradeReport, GradeRequest, RunReport, RunRequest};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Extra time for starting the child process, on top of the exercise's limit.
const STARTUP_ALLOWANCE: Duration = Duration::from_millis(300);

/// Lines the grading child writes on stderr as it goes, for the parent to read if it dies.
const LOADING: &str = "puente:loading";
const TEST: &str = "puente:test ";
const OUT_OF_MEMORY: &str = "puente:out-of-memory";

/// Grades `request` in a grading child (see [`in_child`]), stopped after `limit_ms`.
pub fn grade(request: &GradeRequest, limit_ms: u32) -> anyhow::Result<GradeReport> {
    grade_in(Request::Grade(request.clone()), limit_ms)
}

/// Grades `code` as the learner's answer to a pack's exercise, by its tests or its checks.
pub fn grade_exercise(exercise: &course::Exercise, code: &str) -> anyhow::Result<GradeReport> {
    if exercise.kind == course::ExerciseKind::Tests {
        grade_suite(&suite_request(exercise, code), exercise.time_limit_ms)
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

/// Grades a learner's test file against an implementation and its broken versions.
pub fn grade_suite(request: &grader::SuiteRequest, limit_ms: u32) -> anyhow::Result<GradeReport> {
    grade_in(Request::Suite(request.clone()), limit_ms)
}

/// Grades an assert-style `request` in a grading child.
pub fn grade_hints(request: &grader::HintsRequest, limit_ms: u32) -> anyhow::Result<GradeReport> {
    grade_in(Request::Hints(request.clone()), limit_ms)
}

fn grade_in(request: Request, limit_ms: u32) -> anyhow::Result<GradeReport> {
    Ok(match in_child(&request, limit_ms)? {
        Ended::Replied(reply) => match *reply {
            Reply::Graded(report) => report,
            other => GradeReport::error(other.as_error(), Vec::new()),
        },
        Ended::TimedOut => GradeReport::timed_out(limit_ms),
        Ended::Crashed(crash, test) => GradeReport::crashed(crash, test.as_deref()),
    })
}

/// Runs a lesson example in a grading child, stopped after `limit_ms`.
pub fn run(request: &RunRequest, limit_ms: u32) -> anyhow::Result<RunReport> {
    Ok(match in_child(&Request::Run(request.clone()), limit_ms)? {
        Ended::Replied(reply) => match *reply {
            Reply::Ran(report) => report,
            other => RunReport::error(other.as_error()),
        },
        Ended::TimedOut => RunReport::timed_out(limit_ms),
        Ended::Crashed(crash, _) => RunReport::crashed(crash),
    })
}

/// How a grading child ended.
enum Ended {
    Replied(Box<Reply>),
    /// Killed for running out of time.
    TimedOut,
    /// Died on its own in the way given, while running the test named (`None`: while loading).
    Crashed(Crash, Option<String>),
}

/// Carries out `request` in a grading child from the pool: the same requests and replies as
/// the browser's grading worker.
fn in_child(request: &Request, limit_ms: u32) -> anyhow::Result<Ended> {
    let line = serde_json::to_string(request)?;
    let mut worker = match take_idle() {
        Some(worker) => worker,
        None => Worker::start()?,
    };
    let deadline = Duration::from_millis(u64::from(limit_ms)) + STARTUP_ALLOWANCE;
    worker.errors.lock().map_err(|_| poisoned())?.clear();
    if worker
        .stdin
        .write_all(format!("{line}\n").as_bytes())
        .is_err()
        || worker.stdin.flush().is_err()
    {
        // The child died between two requests (killed from outside, say): a fresh one answers.
        worker.stop();
        worker = Worker::start()?;
        worker.stdin.write_all(format!("{line}\n").as_bytes())?;
        worker.stdin.flush()?;
    }
    match worker.replies.recv_timeout(deadline) {
        Ok(reply) => {
            let reply = Box::new(Reply::from_json(&reply));
            worker.served += 1;
            if worker.served < RUNS_PER_WORKER {
                give_back(worker);
            } else {
                worker.stop();
            }
            Ok(Ended::Replied(reply))
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            worker.stop();
            Ok(Ended::TimedOut)
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // The child died on this request: its exit status and last words say how.
            let status = worker.child.wait()?;
            let err = worker.finish_errors();
            match crash(&status, &err) {
                Some(crash) => Ok(Ended::Crashed(crash, running_test(&err))),
                None => anyhow::bail!(
                    "the grading process failed ({status}): {}",
                    without_markers(&err)
                ),
            }
        }
    }
}

/// How many runs one grading child serves before it is replaced: each run has its own engine
/// context, and a fresh process now and then also bounds whatever the engine itself might keep.
const RUNS_PER_WORKER: u32 = 64;

/// A long-lived `puente serve-pool` child, which grades one request per line and builds the
/// next run's sandbox while it waits, so a run does not pay for starting a process and
/// installing the harness.
struct Worker {
    child: Child,
    stdin: ChildStdin,
    replies: mpsc::Receiver<String>,
    /// What the child printed on stderr since the current request was sent.
    errors: Arc<Mutex<String>>,
    errors_reader: Option<thread::JoinHandle<()>>,
    served: u32,
}

/// Idle children, shared by every thread of the command.
static IDLE: Mutex<Vec<Worker>> = Mutex::new(Vec::new());

fn take_idle() -> Option<Worker> {
    IDLE.lock().ok()?.pop()
}

fn give_back(worker: Worker) {
    if let Ok(mut idle) = IDLE.lock() {
        idle.push(worker);
    }
}

fn poisoned() -> anyhow::Error {
    anyhow::anyhow!("a grading thread panicked")
}

impl Worker {
    fn start() -> anyhow::Result<Worker> {
        let exe = std::env::current_exe().context("cannot find the puente executable")?;
        let mut child = Command::new(exe)
            .arg("serve-pool")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context("cannot start a grading process")?;
        let stdin = child.stdin.take().expect("stdin is piped");
        let stdout = child.stdout.take().expect("stdout is piped");
        let (sender, replies) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        // Read as it comes: a test file with thousands of tests writes more markers than a
        // pipe holds, and a child blocked on a full pipe would look like a timeout.
        let errors = Arc::new(Mutex::new(String::new()));
        let mut stderr = child.stderr.take().expect("stderr is piped");
        let sink = errors.clone();
        let errors_reader = thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            while let Ok(n @ 1..) = stderr.read(&mut chunk) {
                if let Ok(mut text) = sink.lock() {
                    text.push_str(&String::from_utf8_lossy(&chunk[..n]));
                }
            }
        });
        Ok(Worker {
            child,
            stdin,
            replies,
            errors,
            errors_reader: Some(errors_reader),
            served: 0,
        })
    }

    /// Everything the child printed on stderr for the current request, once it has exited.
    fn finish_errors(&mut self) -> String {
        if let Some(reader) = self.errors_reader.take() {
            let _ = reader.join();
        }
        self.errors.lock().map(|e| e.clone()).unwrap_or_default()
    }

    fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
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

/// The pool child's side: requests ([`Request`]s) one per line on stdin, each graded in its own fresh engine
/// context and answered with one line on stdout; between requests, the next sandbox is built.
pub fn serve_pool() -> anyhow::Result<ExitCode> {
    grader::on_stage(announce);
    grader::memory::on_refusal(refused);
    grader::memory::set_cap(grader::memory::DEFAULT_CAP);
    grader::prewarm();
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line?;
        let reply = grader::protocol::answer_json(&line);
        out.write_all(reply.as_bytes())?;
        out.write_all(b"\n")?;
        out.flush()?;
        grader::prewarm();
    }
    Ok(ExitCode::SUCCESS)
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
