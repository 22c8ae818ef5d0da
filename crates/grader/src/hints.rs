//! Assert-style exercises, as freeCodeCamp writes them: the learner's code is a plain script
//! (globals, no exports), and each hint is an expression or a block of statements run after it,
//! with `assert` (Node's, plus chai's `assert.isArray`-style checks) and the learner's source text
//! as `code`.

use boa_engine::{JsValue, Source};
use serde::{Deserialize, Serialize};

use crate::errors::describe;
use crate::limits::Limits;
use crate::report::{CodeError, GradeReport};
use crate::run::{describe_value, explained, internal, run_tests, take_output};
use crate::sandbox::{Sandbox, Settled};

/// An assert-style grading request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HintsRequest {
    /// The learner's code, run as a script.
    pub solution: String,
    pub hints: Vec<Hint>,
    /// Code the pack runs before the learner's, in the same global scope (freeCodeCamp's
    /// `before-user-code`): stand-ins and data the learner's code expects to find.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before_code: String,
    /// Code the pack runs after the learner's and before the hints (freeCodeCamp's
    /// `after-user-code`): helpers the hints call.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub after_code: String,
    #[serde(default)]
    pub limits: Limits,
}

/// One check: what it tells the learner, and the code that checks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hint {
    pub text: String,
    pub code: String,
}

/// Grades an assert-style exercise: one test per hint, in order, named by the hint's text.
pub fn grade_hints(request: &HintsRequest) -> GradeReport {
    explained(grade_raw(request), &request.solution)
}

fn grade_raw(request: &HintsRequest) -> GradeReport {
    crate::stage::enter(None);
    let mut sandbox = match Sandbox::new(&request.limits) {
        Ok(s) => s,
        Err(e) => return internal(format!("the grading sandbox could not start: {e}")),
    };
    let helpers = match browser_globals(&mut sandbox, &request.solution) {
        Ok(h) => h,
        Err(e) => return internal(format!("the checks' helpers could not start: {e}")),
    };
    // Each part is its own script, so an error's line is counted in the file it comes from;
    // top-level declarations are still shared, as in one page.
    let parts = [
        ("before.js", &request.before_code),
        ("solution.js", &request.solution),
        ("after.js", &request.after_code),
    ];
    for (name, code) in parts {
        if name != "solution.js" && code.trim().is_empty() {
            continue;
        }
        let source = Source::from_bytes(code).with_path(std::path::Path::new(name));
        if let Err(e) = sandbox.context.eval(source) {
            let mut error = describe(&e, &mut sandbox.context);
            if name != "solution.js" {
                // A line there is not a line of the learner's code: name the part instead.
                let when = if name == "before.js" {
                    "the exercise's setup code (before.js) failed before your code ran"
                } else {
                    "the exercise's code that runs after yours (after.js) failed"
                };
                error.message = format!("{when}: {}", error.message);
                error.line = None;
                error.column = None;
            }
            let console = take_output(&mut sandbox);
            return GradeReport::error(error, console);
        }
    }
    // Promises and timers the script started finish before the hints look at its results.
    let (idle, _resolvers) =
        boa_engine::object::builtins::JsPromise::new_pending(&mut sandbox.context);
    match sandbox.settle(&idle, request.limits.timer_firings) {
        Settled::Aborted(e) => {
            let error = describe(&e, &mut sandbox.context);
            let console = take_output(&mut sandbox);
            return GradeReport::error(error, console);
        }
        Settled::Rejected(v) => {
            let error = describe_value(&mut sandbox, v);
            let console = take_output(&mut sandbox);
            return GradeReport::error(error, console);
        }
        Settled::Value(_) | Settled::Pending => {}
    }
    let console = take_output(&mut sandbox);
    for hint in &request.hints {
        if let Err(error) = register(&mut sandbox, hint, &request.solution, &helpers) {
            return GradeReport::error(error, console);
        }
    }
    let mut report = run_tests(&mut sandbox, &request.limits, console);
    // The learner reads the hint as written, not the wrapper that runs it.
    for (test, hint) in report.tests.iter_mut().zip(&request.hints) {
        test.test_code = Some(hint.code.trim().to_string());
    }
    report
}

/// freeCodeCamp's `__helpers`, in scope for every hint.
const FCC_HELPERS: &str = include_str!("fcc_helpers.js");

/// What freeCodeCamp's page gives the code around the learner's (`before.js`, `after.js`):
/// `__helpers`, `code` (the learner's source) and the browser's `self`. They are configurable
/// globals, so the learner may still declare a `code` of their own. Returns the helpers, which
/// each hint also gets as a parameter that the learner's code cannot replace.
fn browser_globals(sandbox: &mut Sandbox, solution: &str) -> boa_engine::JsResult<JsValue> {
    let helpers = sandbox.context.eval(Source::from_bytes(FCC_HELPERS))?;
    let define = sandbox.context.eval(Source::from_bytes(
        "(function (helpers, code) {
           const define = (name, value) => Object.defineProperty(globalThis, name,
             { value, writable: true, configurable: true, enumerable: false });
           define('__helpers', helpers);
           define('code', code);
           if (!('self' in globalThis)) define('self', globalThis);
         })",
    ))?;
    if let Some(define) = define.as_callable() {
        define.call(
            &JsValue::undefined(),
            &[
                helpers.clone(),
                JsValue::from(boa_engine::JsString::from(solution)),
            ],
            &mut sandbox.context,
        )?;
    }
    Ok(helpers)
}

/// Registers `hint` as a test. A hint that parses as an expression fails when it is `false`, and
/// when it is a function (`getUserInput => assert(…)`) it is called with `getUserInput` and its
/// result counts; otherwise it is a block of statements that fails by throwing.
fn register(
    sandbox: &mut Sandbox,
    hint: &Hint,
    solution: &str,
    helpers: &JsValue,
) -> Result<(), CodeError> {
    // `getUserInput => assert(…);` is an expression too: a trailing semicolon must not turn it
    // into a statement that defines a function and never calls it.
    let expression = format!(
        "(function (assert, code, mustHold, __helpers) {{ return async function () {{ await mustHold(await (\n{}\n), code); }}; }})",
        hint.code.trim_end().trim_end_matches(';')
    );
    let statements = format!(
        "(function (assert, code, mustHold, __helpers) {{ return async function () {{\n{}\n}}; }})",
        hint.code
    );
    let factory = match sandbox.context.eval(Source::from_bytes(&expression)) {
        Ok(f) => f,
        Err(_) => sandbox
            .context
            .eval(Source::from_bytes(&statements))
            .map_err(|e| {
                let mut error = describe(&e, &mut sandbox.context);
                error.message = format!(
                    "the check \"{}\" cannot be read: {}",
                    hint.text, error.message
                );
                error.line = None;
                error.column = None;
                error
            })?,
    };
    let unreadable = |e: boa_engine::JsError| {
        CodeError::new(
            "GraderError",
            format!("the check \"{}\" could not be set up: {e}", hint.text),
        )
    };
    let assert = sandbox.harness_member("assert").map_err(unreadable)?;
    let must_hold = sandbox.harness_member("mustHold").map_err(unreadable)?;
    let factory = factory
        .as_callable()
        .ok_or_else(|| CodeError::new("GraderError", "a check did not compile to a function"))?;
    let check = factory
        .call(
            &JsValue::undefined(),
            &[
                assert,
                JsValue::from(boa_engine::JsString::from(solution)),
                must_hold,
                helpers.clone(),
            ],
            &mut sandbox.context,
        )
        .map_err(unreadable)?;
    sandbox
        .call(
            "test",
            &[
                JsValue::from(boa_engine::JsString::from(hint.text.as_str())),
                check,
            ],
        )
        .map_err(unreadable)?;
    Ok(())
}
