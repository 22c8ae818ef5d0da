//! A grading run: load the learner's module and the tests, then run each test and collect results.

use std::collections::BTreeMap;

use boa_engine::object::builtins::JsPromise;
use boa_engine::{JsString, JsValue};
use serde::{Deserialize, Serialize};

use crate::errors::{clarify, describe, refine_location};
use crate::explain::Explain;
use crate::limits::Limits;
use crate::report::{
    CodeError, ConsoleLine, Failure, FailureKind, GradeReport, TestResult, TestStatus, Verdict,
};
use crate::sandbox::{Sandbox, Settled};

/// What to grade: the learner's code (imported by the tests as `./solution`) and the test file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeRequest {
    pub solution: String,
    pub tests: String,
    #[serde(default)]
    pub limits: Limits,
    /// Another name the tests import the learner's code by (Exercism's `./two-fer`), besides
    /// `./solution`.
    #[serde(default)]
    pub solution_name: Option<String>,
    /// Other files that ship with the exercise (read-only helpers), by path relative to the
    /// tests, like "helpers.js". ES modules are imported; files using `module.exports` are
    /// CommonJS, loaded with `require` or `import`.
    #[serde(default)]
    pub files: BTreeMap<String, String>,
    /// For a page exercise: the page the learner's code runs in. The learner's file is then the
    /// page's script, run before the tests as a browser runs it, and tests find its work on
    /// the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<crate::page::Page>,
}

/// Grades `request` in a fresh sandbox. Never panics on learner input: every failure of the
/// learner's code becomes part of the report.
pub fn grade(request: &GradeRequest) -> GradeReport {
    explained(grade_raw(request), &request.solution)
}

/// Locates and explains every error of `report` against the learner's `source`.
pub(crate) fn explained(mut report: GradeReport, source: &str) -> GradeReport {
    let errors = report.error.iter_mut().chain(
        report
            .tests
            .iter_mut()
            .filter_map(|t| t.failure.as_mut())
            .filter_map(|f| f.error.as_mut()),
    );
    for error in errors {
        clarify(error);
        refine_location(error, source);
        error.explain = Explain::for_error(error);
    }
    for failure in report.tests.iter_mut().filter_map(|t| t.failure.as_mut()) {
        failure.explain = match &failure.error {
            Some(error) => error.explain,
            None if failure.received.as_deref() == Some("undefined")
                && failure
                    .expected
                    .as_deref()
                    .is_some_and(|e| !e.contains("undefined")) =>
            {
                Some(Explain::MissingReturn)
            }
            None => None,
        };
    }
    report
}

/// Why a test file that registers no test cannot be graded.
pub(crate) const NO_TESTS: &str = "the test file defines no tests";

pub(crate) fn grade_raw(request: &GradeRequest) -> GradeReport {
    crate::stage::enter(None);
    let mut sandbox = match Sandbox::new(&request.limits) {
        Ok(s) => s,
        Err(e) => return internal(format!("the grading sandbox could not start: {e}")),
    };
    let mut names = vec!["solution".to_string()];
    if let Some(alias) = &request.solution_name {
        names.push(crate::loader::canonical(alias).to_string());
    }
    // When the learner writes the page's HTML or style sheet, their code is that file and the
    // page has no script.
    let (page, script) = match &request.page {
        Some(page) => {
            let (page, script) = page.with_learner_code(&request.solution);
            (Some(page), script)
        }
        None => (None, request.solution.as_str()),
    };
    let installed = match &page {
        Some(page) => match crate::page::install(&mut sandbox, page) {
            Ok(installed) => Some(installed),
            Err(e) => return internal(format!("the page could not be built: {e}")),
        },
        None => None,
    };
    if let Err(error) = add_local(&mut sandbox, &names, script, "solution.js") {
        let console = take_output(&mut sandbox);
        return GradeReport::error(error, console);
    }
    if let Some(installed) = &installed {
        if let Err(error) = run_page_script(&mut sandbox, installed, &names, request) {
            let console = take_output(&mut sandbox);
            return GradeReport::error(error, console);
        }
    }
    // Type declarations (`global.d.ts`) and other files that are not JavaScript ship with an
    // exercise to be read, not run.
    let scripts = request.files.iter().filter(|(path, _)| is_javascript(path));
    for (path, source) in scripts {
        let name = crate::loader::canonical(path).to_string();
        if let Err(mut error) = add_local(&mut sandbox, &[name], source, path) {
            error.message = format!(
                "the exercise's file {path} cannot be loaded: {}",
                error.message
            );
            let console = take_output(&mut sandbox);
            return GradeReport::error(error, console);
        }
    }
    // Jest runs `jest.mock(…)` calls before the file's imports; so does this.
    let (tests_source, mock_calls) = crate::module_mocks::hoist(&request.tests);
    if let Err(error) = crate::module_mocks::install(&mut sandbox, &mock_calls, request) {
        let console = take_output(&mut sandbox);
        return GradeReport::error(error, console);
    }
    let tests = match sandbox.parse_module(&tests_source, "tests.js") {
        Ok(m) => m,
        Err(e) => {
            let mut error = describe(&e, &mut sandbox.context);
            error.message = format!("the exercise's test file cannot be read: {}", error.message);
            return GradeReport::error(error, Vec::new());
        }
    };

    let settled = evaluate_module(&mut sandbox, &tests, request.limits.timer_firings);
    let console = take_output(&mut sandbox);
    match settled {
        Settled::Value(_) => {}
        Settled::Rejected(reason) => return GradeReport::error(describe_value(&mut sandbox, reason), console),
        Settled::Aborted(e) => return GradeReport::error(describe(&e, &mut sandbox.context), console),
        Settled::Pending => {
            return GradeReport::error(
                CodeError::new("Error", "the code never finished loading: a top-level `await` is waiting for something that never happens"),
                console,
            )
        }
    }

    run_tests(&mut sandbox, &request.limits, console)
}

/// Runs a page exercise's script as the page would: before the tests, then the page's "loaded"
/// events. A module (one with `import`/`export`) is evaluated once and the tests may import it
/// too; the page's other code is in `files`.
fn run_page_script(
    sandbox: &mut Sandbox,
    installed: &crate::page::Installed,
    names: &[String],
    request: &GradeRequest,
) -> Result<(), CodeError> {
    let module = sandbox
        .registered(&names[0])
        .expect("the learner's module was just registered");
    match evaluate_module(sandbox, &module, request.limits.timer_firings) {
        Settled::Value(_) => {}
        Settled::Rejected(reason) => return Err(describe_value(sandbox, reason)),
        Settled::Aborted(e) => return Err(describe(&e, &mut sandbox.context)),
        Settled::Pending => {
            return Err(CodeError::new(
                "Error",
                "the page's script never finished loading: a top-level `await` is waiting for something that never happens",
            ))
        }
    }
    installed
        .loaded(&mut sandbox.context)
        .map_err(|e| describe(&e, &mut sandbox.context))?;
    sandbox
        .context
        .run_jobs()
        .map_err(|e| describe(&e, &mut sandbox.context))
}

/// Whether an exercise's file is JavaScript to load: `.js`, `.mjs` or `.cjs`, and not a type
/// declaration.
fn is_javascript(path: &str) -> bool {
    [".js", ".mjs", ".cjs"]
        .iter()
        .any(|ext| path.ends_with(ext))
}

/// Loads, links and evaluates `module` with everything it imports.
pub(crate) fn evaluate_module(
    sandbox: &mut Sandbox,
    module: &boa_engine::Module,
    timer_firings: u32,
) -> Settled {
    // Separate steps: chained together they would resolve one promise with another, which
    // looks up `then` after the learner's code may have replaced it.
    let loading = module.load(&mut sandbox.context);
    match sandbox.settle(&loading, timer_firings) {
        Settled::Value(_) => match module.link(&mut sandbox.context) {
            Ok(()) => match module.evaluate(&mut sandbox.context) {
                Ok(evaluating) => sandbox.settle(&evaluating, timer_firings),
                Err(e) => Settled::Aborted(e),
            },
            Err(e) => Settled::Aborted(e),
        },
        other => other,
    }
}

/// Makes a local file importable under `names`: an ES module as it is, a CommonJS file (one that
/// uses `module.exports`) through `require`, with its exports as the module's default and named
/// exports.
fn add_local(
    sandbox: &mut Sandbox,
    names: &[String],
    source: &str,
    path: &str,
) -> Result<(), CodeError> {
    let module = if looks_like_commonjs(source) {
        for name in names {
            sandbox
                .call(
                    "defineCommonJs",
                    &[
                        JsValue::from(JsString::from(name.as_str())),
                        JsValue::from(JsString::from(source)),
                    ],
                )
                .map_err(|e| describe(&e, &mut sandbox.context))?;
        }
        sandbox
            .commonjs_module(&names[0])
            .map_err(|e| describe(&e, &mut sandbox.context))?
    } else {
        sandbox
            .parse_module(source, path)
            .map_err(|e| describe(&e, &mut sandbox.context))?
    };
    for name in names {
        sandbox.register(name, module.clone());
    }
    Ok(())
}

/// A file is CommonJS when it has no `import`/`export` statements and assigns `module.exports`
/// or `exports.something`.
fn looks_like_commonjs(source: &str) -> bool {
    let esm = source.lines().any(|line| {
        let line = line.trim_start();
        ["import ", "import{", "export ", "export{"]
            .iter()
            .any(|keyword| line.starts_with(keyword))
    });
    !esm && (source.contains("module.exports") || source.contains("exports."))
}

/// Runs every registered test in order and builds the report.
pub(crate) fn run_tests(
    sandbox: &mut Sandbox,
    limits: &Limits,
    console: Vec<ConsoleLine>,
) -> GradeReport {
    let mut results: Vec<TestResult> = sandbox
        .call_json("suiteErrors", &[])
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default();
    let count = sandbox
        .call("testCount", &[])
        .ok()
        .and_then(|v| v.as_number())
        .unwrap_or(0.0) as u32;
    for index in 0..count {
        results.push(run_one(sandbox, index, limits));
    }

    let verdict = if results.is_empty() {
        return internal(NO_TESTS.into());
    } else if results.iter().all(|t| t.status != TestStatus::Failed) {
        Verdict::Passed
    } else {
        Verdict::Failed
    };
    GradeReport {
        verdict,
        tests: results,
        error: None,
        console,
    }
}

fn run_one(sandbox: &mut Sandbox, index: u32, limits: &Limits) -> TestResult {
    if crate::stage::watched() {
        let name = test_name(sandbox, index);
        crate::stage::enter(Some(&name));
    }
    let outcome = sandbox
        .call("runTest", &[JsValue::from(index)])
        .and_then(|v| {
            let obj = v.as_object().expect("runTest returns a promise");
            JsPromise::from_object(obj)
        });
    let settled = match outcome {
        Ok(promise) => sandbox.settle(&promise, limits.timer_firings),
        Err(e) => Settled::Aborted(e),
    };
    match settled {
        Settled::Value(v) => {
            let json = v
                .as_string()
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default();
            serde_json::from_str(&json)
                .unwrap_or_else(|e| broken(index, format!("unreadable result: {e}")))
        }
        Settled::Rejected(reason) => {
            let error = describe_value(sandbox, reason);
            broken(index, format!("{}: {}", error.name, error.message))
        }
        Settled::Aborted(e) => {
            let error = describe(&e, &mut sandbox.context);
            limit_failure(sandbox, index, error)
        }
        Settled::Pending => limit_failure(
            sandbox,
            index,
            CodeError::new(
                "Timeout",
                // The engine cannot report a limit hit inside a promise job (code after an
                // `await`); such a test also ends here, so the message names both causes.
                "this test never finished: it waits for a promise that never settles, or code after an `await` was stopped (an endless loop or a function that calls itself forever)",
            ),
        ),
    }
}

fn limit_failure(sandbox: &mut Sandbox, index: u32, error: CodeError) -> TestResult {
    let console = take_output(sandbox);
    TestResult {
        name: test_name(sandbox, index),
        status: TestStatus::Failed,
        failure: Some(Failure {
            kind: FailureKind::Limit,
            message: format!("{}: {}", error.name, error.message),
            expected: None,
            received: None,
            error: Some(error),
            explain: None,
            diff: None,
        }),
        console,
        test_code: None,
        task_id: None,
    }
}

fn broken(index: u32, message: String) -> TestResult {
    TestResult {
        name: format!("test #{}", index + 1),
        status: TestStatus::Failed,
        failure: Some(Failure::plain(FailureKind::Error, message)),
        console: Vec::new(),
        test_code: None,
        task_id: None,
    }
}

fn test_name(sandbox: &mut Sandbox, index: u32) -> String {
    sandbox
        .call("testName", &[JsValue::from(index)])
        .ok()
        .and_then(|v| v.as_string())
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_else(|| format!("test #{}", index + 1))
}

pub(crate) fn take_output(sandbox: &mut Sandbox) -> Vec<ConsoleLine> {
    sandbox
        .call_json("takeOutput", &[])
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

pub(crate) fn describe_value(sandbox: &mut Sandbox, value: JsValue) -> CodeError {
    sandbox
        .call_json("describeError", &[value])
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_else(|| CodeError::new("Error", "an error that could not be read"))
}

pub(crate) fn internal(message: String) -> GradeReport {
    GradeReport::error(CodeError::new("GraderError", message), Vec::new())
}
