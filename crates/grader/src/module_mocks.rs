//! `jest.mock('./module', factory?)`: Jest moves these calls above the test file's imports, so
//! the code under test imports the stand-in. Here the calls are taken out of the file (their
//! lines left blank, so line numbers hold) and run before the test module loads; each mocked
//! module is then registered as the factory's result, or as an automock of the real module.

use boa_engine::{JsString, JsValue, Source};

use crate::errors::describe;
use crate::report::CodeError;
use crate::run::evaluate_module;
use crate::sandbox::{Sandbox, Settled};
use crate::GradeRequest;

/// Splits the top-level `jest.mock(…)` statements out of `tests`: the file with each one
/// blanked (newlines kept), and the statements.
pub(crate) fn hoist(tests: &str) -> (String, Vec<String>) {
    let mut out = tests.to_string();
    let mut calls = Vec::new();
    let mut line_start = 0;
    for line in tests.split_inclusive('\n') {
        let indent = line.len() - line.trim_start().len();
        let start = line_start + indent;
        line_start += line.len();
        if !tests[start..].starts_with("jest.mock(") {
            continue;
        }
        let open = start + "jest.mock".len();
        let Some(close) = matching_paren(tests, open) else {
            continue;
        };
        let mut end = close + 1;
        if tests[end..].starts_with(';') {
            end += 1;
        }
        calls.push(tests[start..end].to_string());
        // Byte for byte, so the offsets of later calls still hold.
        let blank: String = tests[start..end]
            .bytes()
            .map(|b| if b == b'\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(start..end, &blank);
    }
    (out, calls)
}

/// The index of the `)` that closes the `(` at `open`, skipping strings, template literals
/// and comments.
fn matching_paren(text: &str, open: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return (bytes[i] == b')').then_some(i);
                }
            }
            quote @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != quote {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Runs the hoisted `calls` and registers a stand-in for every module they mock.
pub(crate) fn install(
    sandbox: &mut Sandbox,
    calls: &[String],
    request: &GradeRequest,
) -> Result<(), CodeError> {
    if calls.is_empty() {
        return Ok(());
    }
    let setup_failed = |mut error: CodeError| {
        error.message = format!(
            "the test file's jest.mock(…) could not run: {}",
            error.message
        );
        error.line = None;
        error.column = None;
        error
    };
    for code in calls {
        let source = Source::from_bytes(code).with_path(std::path::Path::new("tests.js"));
        if let Err(e) = sandbox.context.eval(source) {
            return Err(setup_failed(describe(&e, &mut sandbox.context)));
        }
    }
    let names = sandbox
        .call_json("mockedModuleNames", &[])
        .ok()
        .and_then(|json| serde_json::from_str::<Vec<String>>(&json).ok())
        .unwrap_or_default();
    let wants_actual = request.tests.contains("requireActual");
    for name in names {
        let js_name = JsValue::from(JsString::from(name.as_str()));
        let needs_actual = sandbox
            .call("mockNeedsActual", std::slice::from_ref(&js_name))
            .is_ok_and(|v| v.to_boolean());
        if needs_actual || wants_actual {
            match sandbox.registered(&name) {
                Some(actual) => {
                    match evaluate_module(sandbox, &actual, request.limits.timer_firings) {
                        Settled::Value(_) => {}
                        Settled::Aborted(e) => {
                            return Err(setup_failed(describe(&e, &mut sandbox.context)))
                        }
                        Settled::Rejected(_) | Settled::Pending => {
                            return Err(CodeError::new(
                                "Error",
                                format!("the module '{name}' that the tests mock did not finish loading"),
                            ))
                        }
                    }
                    let namespace = actual.namespace(&mut sandbox.context);
                    sandbox
                        .call("setActualModule", &[js_name.clone(), namespace.into()])
                        .map_err(|e| setup_failed(describe(&e, &mut sandbox.context)))?;
                }
                None if needs_actual => {
                    return Err(CodeError::new(
                        "Error",
                        format!("the tests call jest.mock('{name}') without a factory, but the exercise has no file {name}.js to copy"),
                    ))
                }
                None => {}
            }
        }
        let exports = sandbox
            .call("mockedModule", &[js_name])
            .map_err(|e| setup_failed(describe(&e, &mut sandbox.context)))?;
        let module = sandbox
            .object_module(exports)
            .map_err(|e| setup_failed(describe(&e, &mut sandbox.context)))?;
        sandbox.register(&name, module);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::hoist;

    #[test]
    fn top_level_mock_calls_are_taken_out_and_lines_kept() {
        let tests = "import { a } from './a';\njest.mock('./notifier', () => ({\n  notify: jest.fn(), // a (comment)\n}));\n\ntest('x', () => { jest.mock('./inner'); });\n";
        let (rest, calls) = hoist(tests);
        assert_eq!(
            calls,
            ["jest.mock('./notifier', () => ({\n  notify: jest.fn(), // a (comment)\n}));"]
        );
        assert_eq!(rest.lines().count(), tests.lines().count());
        assert!(rest.starts_with("import { a } from './a';\n"));
        assert!(!rest.contains("notifier"));
        assert!(rest.contains("jest.mock('./inner')"));
    }
}
