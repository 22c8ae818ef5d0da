//! Grading in a child process with a wall-clock limit. Boa cannot be interrupted, so code that
//! never finishes within its engine limits (say, an exponential loop) is stopped by killing the
//! process that runs it; the command itself never hangs.

use std::io::{Read, Write};
use std::process::{Command, ExitCode, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use grader::{GradeReport, GradeRequest, RunReport, RunRequest};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Extra time for starting the child process, on top of the exercise's limit.
const STARTUP_ALLOWANCE: Duration = Duration::from_millis(300);

/// Grades `request` in a fresh `puente grade-stdin` process, killed after `limit_ms`.
pub fn grade(request: &GradeRequest, limit_ms: u32) -> anyhow::Result<GradeReport> {
    Ok(in_child("grade-stdin", request, limit_ms)?
        .unwrap_or_else(|| GradeReport::timed_out(limit_ms)))
}

/// Grades an assert-style `request` in a fresh `puente hints-stdin` process.
pub fn grade_hints(request: &grader::HintsRequest, limit_ms: u32) -> anyhow::Result<GradeReport> {
    Ok(in_child("hints-stdin", request, limit_ms)?
        .unwrap_or_else(|| GradeReport::timed_out(limit_ms)))
}

/// Runs a lesson example in a fresh `puente run-stdin` process, killed after `limit_ms`.
pub fn run(request: &RunRequest, limit_ms: u32) -> anyhow::Result<RunReport> {
    Ok(in_child("run-stdin", request, limit_ms)?.unwrap_or_else(|| RunReport::timed_out(limit_ms)))
}

/// The child's reply, or `None` when it was killed for running out of time.
fn in_child<Req: Serialize, Rep: DeserializeOwned>(
    subcommand: &str,
    request: &Req,
    limit_ms: u32,
) -> anyhow::Result<Option<Rep>> {
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
    match status {
        None => Ok(None),
        Some(s) if s.success() => serde_json::from_slice(&output)
            .map(Some)
            .context("the grading process printed an unreadable report"),
        Some(s) => {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            anyhow::bail!("the grading process failed ({s}): {}", err.trim())
        }
    }
}

/// The child's side of `grade`: read a request from stdin, grade it, print the report.
pub fn serve_grade() -> anyhow::Result<ExitCode> {
    serve(|request: GradeRequest| grader::grade(&request))
}

/// The child's side of an assert-style grading.
pub fn serve_hints() -> anyhow::Result<ExitCode> {
    serve(|request: grader::HintsRequest| grader::grade_hints(&request))
}

/// The child's side of `run`.
pub fn serve_run() -> anyhow::Result<ExitCode> {
    serve(|request: RunRequest| grader::run_snippet(&request))
}

fn serve<Req: DeserializeOwned, Rep: Serialize>(
    handle: impl FnOnce(Req) -> Rep,
) -> anyhow::Result<ExitCode> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let request: Req = serde_json::from_str(&input).context("bad request on stdin")?;
    serde_json::to_writer(std::io::stdout().lock(), &handle(request))?;
    Ok(ExitCode::SUCCESS)
}
