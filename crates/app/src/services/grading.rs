//! The grading worker: learner code runs in a dedicated Web Worker so the page never blocks.
//! Boa cannot be interrupted, so a run that outlives its time limit is ended by terminating the
//! worker; a fresh one is started at once so the next run is fast.
//!
//! The engine is the largest download of a first visit, so it is not fetched until the page is
//! up ([`Grading::warm_up`]) or the learner first runs something, whichever comes first; a run
//! waits for it while its download makes progress.
//!
//! No run waits forever: a worker that fails to load, or whose loading makes no progress for the
//! run's limit plus [`START_ALLOWANCE_MS`], ends the run with an error the learner can retry; a
//! worker whose engine trapped (out of memory, a native stack overflow) ends it with a verdict
//! that names the test, and is replaced.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use course::pack_file::OpenError;
use course::Pack;
use gloo::timers::callback::Timeout;
use grader::protocol::{Reply, Request};
use grader::{CodeError, Crash, GradeReport, GradeRequest, RunReport, RunRequest};
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::i18n::{t, Text};

const WORKER_URL: &str = "./worker.js";

/// How long opening a pack file (up to 16 MB) may take in the worker.
const PACK_LIMIT_MS: u32 = 30_000;

/// Why a pack file was not opened: it is not a valid pack, or the worker could not check it.
#[derive(Debug)]
pub enum PackRefused {
    Invalid(OpenError),
    Checker(String),
}

/// How long a run may wait for the worker's next sign of loading progress (or for it to be
/// ready), on top of its own time limit.
const START_ALLOWANCE_MS: u32 = 1000;

/// A handle to the grading worker; cheap to clone, shared through context.
#[derive(Clone)]
pub struct Grading {
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Grading {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

/// How a job ended, before it is turned into the report type its caller expects.
enum Outcome {
    /// The worker's reply.
    Reply(Reply),
    TimedOut(u32),
    /// The worker did not load, or not in time; the reason.
    Unavailable(String),
    /// The engine trapped while running the code: why ("memory", "stack" or "trap"), in which
    /// test, and the browser's message.
    Crashed {
        reason: String,
        test: Option<String>,
        message: String,
    },
    /// A newer request took the worker first.
    Superseded,
}

struct Job {
    id: u32,
    /// The JSON of its [`Request`].
    request: String,
    limit_ms: u32,
    done: Box<dyn Fn(Outcome)>,
    /// Ends the job if the worker is not ready in time; dropped (cancelled) once it is sent.
    start_watchdog: Option<Timeout>,
}

struct Inner {
    worker: Option<Worker>,
    on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(web_sys::ErrorEvent)>>,
    ready: bool,
    /// The worker failed to load; the next request starts a new one.
    failed: bool,
    queued: Option<Job>,
    running: Option<(Job, Timeout)>,
    next_id: u32,
    /// Hears whether the engine is ready, so the page can say a run is waiting for it.
    on_ready: Callback<bool>,
}

impl Grading {
    /// A handle with no worker yet: the engine loads on [`Grading::warm_up`] or the first run.
    /// `on_ready` hears `true` when the engine is ready and `false` while it is (re)loading.
    pub fn new(on_ready: Callback<bool>) -> Self {
        Grading {
            inner: Rc::new(RefCell::new(Inner {
                worker: None,
                on_message: None,
                on_error: None,
                ready: false,
                failed: false,
                queued: None,
                running: None,
                next_id: 1,
                on_ready,
            })),
        }
    }

    /// Starts loading the engine, once the page is up, so it is ready before the first Run.
    pub fn warm_up(&self) {
        if self.inner.borrow().worker.is_none() {
            self.spawn();
        }
    }

    fn spawn(&self) {
        let weak = Rc::downgrade(&self.inner);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(inner) = weak.upgrade() {
                handle_message(&inner, event);
            }
        });
        // A worker that fails to load (say, a browser without module workers) must not leave
        // the learner waiting on "Running…": the current run ends with the reason.
        let weak = Rc::downgrade(&self.inner);
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |event: web_sys::ErrorEvent| {
                let Some(inner) = weak.upgrade() else { return };
                let was_ready = inner.borrow().ready;
                let reason = event.message();
                if was_ready {
                    // After a trap the wasm instance cannot be trusted: start a fresh worker,
                    // outside this handler, which the restart replaces.
                    let restart = inner.clone();
                    Timeout::new(0, move || Grading { inner: restart }.restart()).forget();
                    end_current(
                        &inner,
                        Outcome::Crashed {
                            reason: "trap".into(),
                            test: None,
                            message: reason,
                        },
                    );
                } else {
                    // A worker that never became ready would only fail again: wait for the
                    // learner's Retry.
                    inner.borrow_mut().failed = true;
                    end_current(&inner, Outcome::Unavailable(reason));
                }
            });
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        // boot.js found the server sends files uncompressed: the worker fetches the engine's
        // gzip copy and unpacks it (see www/worker.js).
        let gzip = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"puenteFetchGzip".into()).ok())
            .is_some_and(|v| v.is_truthy());
        if gzip {
            options.set_name("gzip");
        }
        let worker = Worker::new_with_options(WORKER_URL, &options);
        let on_ready = {
            let mut inner = self.inner.borrow_mut();
            inner.ready = false;
            inner.on_ready.clone()
        };
        on_ready.emit(false);
        let mut inner = self.inner.borrow_mut();
        match worker {
            Ok(worker) => {
                worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                inner.worker = Some(worker);
            }
            Err(e) => gloo::console::error!("the grading worker could not start", e),
        }
        inner.on_message = Some(on_message);
        inner.on_error = Some(on_error);
        inner.ready = false;
        inner.failed = false;
    }

    /// Grades `request`; `done` receives the report, or a timed-out report after `limit_ms`.
    /// A new request replaces one still waiting or running.
    pub fn grade(&self, request: &GradeRequest, limit_ms: u32, done: Callback<GradeReport>) {
        self.submit_grade(Request::Grade(request.clone()), limit_ms, done);
    }

    fn submit_grade(&self, request: Request, limit_ms: u32, done: Callback<GradeReport>) {
        let done = move |outcome: Outcome| {
            let report = match outcome {
                Outcome::Reply(Reply::Graded(report)) => report,
                Outcome::Reply(other) => GradeReport::error(other.as_error(), Vec::new()),
                Outcome::TimedOut(limit_ms) => GradeReport::timed_out(limit_ms),
                Outcome::Unavailable(why) => GradeReport::error(unavailable(&why), Vec::new()),
                Outcome::Crashed {
                    reason,
                    test,
                    message,
                } => crashed_report(&reason, test.as_deref(), &message),
                // The page that asked again shows the newer run's report instead.
                Outcome::Superseded => return,
            };
            done.emit(report);
        };
        self.submit(&request, limit_ms, Box::new(done));
    }

    /// Grades an assert-style exercise (one with checks instead of tests), like
    /// [`Grading::grade`].
    pub fn grade_hints(
        &self,
        request: &grader::HintsRequest,
        limit_ms: u32,
        done: Callback<GradeReport>,
    ) {
        self.submit_grade(Request::Hints(request.clone()), limit_ms, done);
    }

    /// Grades a learner's test file (a `tests` exercise), like [`Grading::grade`].
    pub fn grade_suite(
        &self,
        request: &grader::SuiteRequest,
        limit_ms: u32,
        done: Callback<GradeReport>,
    ) {
        self.submit_grade(Request::Suite(request.clone()), limit_ms, done);
    }

    /// Opens a one-file pack (validates and renders it) in the worker, which carries the pack
    /// loader so the page's wasm does not. `done` hears the pack, or why it cannot be opened.
    pub fn open_pack(&self, text: String, done: Callback<Result<Pack, PackRefused>>) {
        let done = move |outcome: Outcome| {
            let result = match outcome {
                Outcome::Reply(Reply::Pack(opened)) => opened
                    .map(|mut pack| {
                        crate::services::pack_images::show_from_memory(&mut pack);
                        pack
                    })
                    .map_err(PackRefused::Invalid),
                Outcome::Reply(other) => Err(PackRefused::Checker(other.as_error().message)),
                Outcome::TimedOut(ms) => Err(PackRefused::Checker(format!(
                    "checking it took longer than {} s",
                    ms / 1000
                ))),
                Outcome::Unavailable(why) => Err(PackRefused::Checker(why)),
                Outcome::Crashed { message, .. } => Err(PackRefused::Checker(message)),
                Outcome::Superseded => Err(PackRefused::Checker(
                    "a Run interrupted it; try again".to_string(),
                )),
            };
            done.emit(result);
        };
        self.submit(&Request::OpenPack(text), PACK_LIMIT_MS, Box::new(done));
    }

    /// Runs a lesson example; like [`Grading::grade`], a newer request replaces this one, and
    /// then `done` hears that it was stopped.
    pub fn run(&self, request: &RunRequest, limit_ms: u32, done: Callback<RunReport>) {
        let done = move |outcome: Outcome| {
            let report = match outcome {
                Outcome::Reply(Reply::Ran(report)) => report,
                Outcome::Reply(other) => RunReport::error(other.as_error()),
                Outcome::TimedOut(limit_ms) => RunReport::timed_out(limit_ms),
                Outcome::Unavailable(why) => RunReport::error(unavailable(&why)),
                Outcome::Crashed {
                    reason, message, ..
                } => crashed_run(&reason, &message),
                Outcome::Superseded => RunReport::error(CodeError::new(
                    "Stopped",
                    "another example started running before this one finished; press Run again",
                )),
            };
            done.emit(report);
        };
        self.submit(&Request::Run(request.clone()), limit_ms, Box::new(done));
    }

    fn submit(&self, request: &Request, limit_ms: u32, done: Box<dyn Fn(Outcome)>) {
        let request = serde_json::to_string(request).expect("requests always serialize");
        let (replaced, restart) = {
            let mut inner = self.inner.borrow_mut();
            let id = inner.next_id;
            inner.next_id += 1;
            let start_watchdog = self.watchdog(id, limit_ms);
            let waiting = inner.queued.replace(Job {
                id,
                request,
                limit_ms,
                done,
                start_watchdog: Some(start_watchdog),
            });
            let running = inner.running.take().map(|(job, _)| job);
            // A worker that failed to load gets another chance with each new request.
            let restart = running.is_some() || inner.failed || inner.worker.is_none();
            (waiting.into_iter().chain(running), restart)
        };
        for job in replaced {
            (job.done)(Outcome::Superseded);
        }
        if restart {
            self.restart();
        }
        self.dispatch();
    }

    /// Ends job `id` unless the worker is ready, or shows loading progress, within its limit
    /// plus the allowance.
    fn watchdog(&self, id: u32, limit_ms: u32) -> Timeout {
        let weak = Rc::downgrade(&self.inner);
        Timeout::new(limit_ms.saturating_add(START_ALLOWANCE_MS), move || {
            if let Some(inner) = weak.upgrade() {
                Grading { inner }.not_started(id);
            }
        })
    }

    /// The engine's download moved on: the waiting job waits again from now.
    fn loading_progress(&self) {
        let job = self
            .inner
            .borrow()
            .queued
            .as_ref()
            .map(|j| (j.id, j.limit_ms));
        if let Some((id, limit_ms)) = job {
            let watchdog = self.watchdog(id, limit_ms);
            if let Some(job) = self.inner.borrow_mut().queued.as_mut() {
                job.start_watchdog = Some(watchdog);
            }
        }
    }

    /// The worker was not ready in time for job `id`: end it. A worker still loading keeps
    /// loading (on a slow link, starting over would never finish); the learner's Retry waits
    /// for it again.
    fn not_started(&self, id: u32) {
        let job = {
            let mut inner = self.inner.borrow_mut();
            match inner.queued.take() {
                Some(job) if job.id == id => job,
                other => {
                    inner.queued = other;
                    return;
                }
            }
        };
        (job.done)(Outcome::Unavailable(format!(
            "the checker was not ready after {:.1} s",
            f64::from(job.limit_ms + START_ALLOWANCE_MS) / 1000.0
        )));
    }

    fn restart(&self) {
        if let Some(worker) = self.inner.borrow_mut().worker.take() {
            worker.terminate();
        }
        self.spawn();
    }

    /// Sends the queued job once the worker is ready, and arms its time limit.
    fn dispatch(&self) {
        let mut inner = self.inner.borrow_mut();
        if !inner.ready || inner.running.is_some() {
            return;
        }
        let Some(mut job) = inner.queued.take() else {
            return;
        };
        // Dropping a gloo timeout cancels it.
        job.start_watchdog = None;
        let Some(worker) = inner.worker.clone() else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"id".into(), &job.id.into());
        let _ = js_sys::Reflect::set(&message, &"request".into(), &job.request.as_str().into());
        if worker.post_message(&message).is_err() {
            return;
        }
        let weak: Weak<RefCell<Inner>> = Rc::downgrade(&self.inner);
        let id = job.id;
        let timeout = Timeout::new(job.limit_ms, move || {
            if let Some(inner) = weak.upgrade() {
                Grading { inner }.time_out(id);
            }
        });
        inner.running = Some((job, timeout));
    }

    fn time_out(&self, id: u32) {
        let job = {
            let mut inner = self.inner.borrow_mut();
            match inner.running.take() {
                Some((job, _)) if job.id == id => job,
                other => {
                    inner.running = other;
                    return;
                }
            }
        };
        self.restart();
        (job.done)(Outcome::TimedOut(job.limit_ms));
    }
}

fn handle_message(inner: &Rc<RefCell<Inner>>, event: MessageEvent) {
    let data = event.data();
    let kind = js_sys::Reflect::get(&data, &"type".into())
        .ok()
        .and_then(|v| v.as_string());
    let grading = Grading {
        inner: inner.clone(),
    };
    match kind.as_deref() {
        Some("ready") => {
            let on_ready = {
                let mut inner = inner.borrow_mut();
                inner.ready = true;
                inner.on_ready.clone()
            };
            on_ready.emit(true);
            grading.dispatch();
        }
        Some("loading") => grading.loading_progress(),
        Some("result") => {
            let id = js_sys::Reflect::get(&data, &"id".into())
                .ok()
                .and_then(|v| v.as_f64())
                .map(|v| v as u32);
            let report = js_sys::Reflect::get(&data, &"report".into())
                .ok()
                .and_then(|v| v.as_string());
            let job = {
                let mut i = inner.borrow_mut();
                match i.running.take() {
                    Some((job, timeout)) if Some(job.id) == id => {
                        timeout.cancel();
                        Some(job)
                    }
                    other => {
                        i.running = other;
                        None
                    }
                }
            };
            if let (Some(job), Some(report)) = (job, report) {
                (job.done)(Outcome::Reply(Reply::from_json(&report)));
            }
            grading.dispatch();
        }
        Some("failed") => {
            let reason = js_sys::Reflect::get(&data, &"reason".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            inner.borrow_mut().failed = true;
            end_current(inner, Outcome::Unavailable(reason));
        }
        Some("crashed") => {
            let field = |name: &str| {
                js_sys::Reflect::get(&data, &name.into())
                    .ok()
                    .and_then(|v| v.as_string())
            };
            let outcome = Outcome::Crashed {
                reason: field("reason").unwrap_or_else(|| "trap".into()),
                test: field("test"),
                message: field("message").unwrap_or_default(),
            };
            // The worker closes itself after a trap; a fresh one serves the next run.
            grading.restart();
            end_current(inner, outcome);
        }
        _ => {}
    }
}

/// Ends the running job, or else the waiting one, with `outcome`.
fn end_current(inner: &Rc<RefCell<Inner>>, outcome: Outcome) {
    let job = {
        let mut state = inner.borrow_mut();
        let running = state.running.take().map(|(job, _)| job);
        running.or_else(|| state.queued.take())
    };
    if let Some(job) = job {
        (job.done)(outcome);
    }
}

fn unavailable(why: &str) -> CodeError {
    let mut message = t(Text::CheckerNotReady).to_string();
    if !why.is_empty() {
        message = format!("{message} ({why})");
    }
    CodeError::new("CheckerUnavailable", message)
}

/// A run the engine could not finish: the same verdict `puente grade` gives for it, plus the
/// browser's own words when the cause is unknown.
fn crashed_report(reason: &str, test: Option<&str>, message: &str) -> GradeReport {
    let mut report = GradeReport::crashed(Crash::from_reason(reason), test);
    add_detail(report.error.as_mut(), reason, message);
    report
}

fn crashed_run(reason: &str, message: &str) -> RunReport {
    let mut report = RunReport::crashed(Crash::from_reason(reason));
    add_detail(report.error.as_mut(), reason, message);
    report
}

fn add_detail(error: Option<&mut CodeError>, reason: &str, message: &str) {
    if let Some(error) = error.filter(|_| reason == "trap" && !message.is_empty()) {
        error.message = format!("{} ({message})", error.message);
    }
}
