//! Turning engine errors into learner-facing [`CodeError`]s.

use boa_engine::error::{EngineError, JsNativeErrorKind, RuntimeLimitError};
use boa_engine::{Context, JsError};

use crate::report::CodeError;

/// If `err` is an engine error (a limit learner code cannot catch, or an engine fault), the
/// message to show for it.
fn engine_error(err: &JsError) -> Option<CodeError> {
    let EngineError::RuntimeLimit(limit) = err.as_engine()? else {
        return Some(CodeError::new("InternalError", err.to_string()));
    };
    let (name, message) = match limit {
        RuntimeLimitError::LoopIteration => (
            "Timeout",
            "a loop ran too many times and was stopped; check that its condition eventually becomes false",
        ),
        RuntimeLimitError::Recursion => (
            "RangeError",
            "too much recursion: a function kept calling itself; check that it has a base case that stops it",
        ),
        // Deep recursion usually exhausts the value stack before the call-depth limit.
        RuntimeLimitError::StackSize => (
            "RangeError",
            "too much recursion: a function kept calling itself until the call stack was full; check that it has a base case that stops it",
        ),
    };
    Some(CodeError::new(name, message))
}

/// Describes an error thrown while parsing or evaluating code. Syntax errors carry their position
/// only inside the message text ("... at line N, col M"), so it is read back from there.
pub(crate) fn describe(err: &JsError, context: &mut Context) -> CodeError {
    if let Some(engine) = engine_error(err) {
        return engine;
    }
    match err.try_native(context) {
        Ok(native) => {
            let raw = native.message().to_string();
            let (message, line, column) = split_position(&raw);
            CodeError {
                name: kind_name(native.kind()).to_string(),
                message,
                line,
                column,
                explain: None,
            }
        }
        Err(_) => CodeError::new("Thrown value", err.to_string()),
    }
}

/// The JavaScript name of an engine error's kind, as `error.name` shows it.
fn kind_name(kind: &JsNativeErrorKind) -> &'static str {
    match kind {
        JsNativeErrorKind::Syntax => "SyntaxError",
        JsNativeErrorKind::Type => "TypeError",
        JsNativeErrorKind::Reference => "ReferenceError",
        JsNativeErrorKind::Range => "RangeError",
        JsNativeErrorKind::Eval => "EvalError",
        JsNativeErrorKind::Uri => "URIError",
        JsNativeErrorKind::Aggregate(_) => "AggregateError",
        _ => "Error",
    }
}

/// Splits "message at line 3, col 7" into the message and its position.
fn split_position(raw: &str) -> (String, Option<u32>, Option<u32>) {
    if let Some(idx) = raw.rfind(" at line ") {
        let tail = &raw[idx + " at line ".len()..];
        let mut parts = tail.split(", col ");
        let line = parts.next().and_then(|l| l.trim().parse().ok());
        let column = parts.next().and_then(|c| {
            c.trim()
                .trim_end_matches(|ch: char| !ch.is_ascii_digit())
                .parse()
                .ok()
        });
        if line.is_some() {
            return (raw[..idx].trim_end().to_string(), line, column);
        }
    }
    (raw.to_string(), None, None)
}

/// Rewrites engine wording that beginners cannot act on into wording they can.
pub(crate) fn clarify(error: &mut CodeError) {
    if error.name == "SyntaxError" && error.line.is_none() && error.message.contains("abrupt end") {
        error.message = "unexpected end of the code: something opened was never closed".into();
        return;
    }
    if let Some(name) = error
        .message
        .strip_prefix("could not find export `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        error.name = "ExportError".into();
        error.message = format!(
            "the tests import `{name}`, but your code does not export it; check the spelling and that you wrote `export` before it"
        );
    }
}

/// Boa places some runtime errors at the start of the enclosing function. For "x is not defined"
/// the identifier itself is a better place: the first whole-word use at or after that position.
pub(crate) fn refine_location(error: &mut CodeError, source: &str) {
    // An unexpected end has no position: the problem shows where the code runs out.
    if error.name == "SyntaxError"
        && error.line.is_none()
        && error.message.starts_with("unexpected end")
    {
        error.line = Some(source.trim_end().lines().count().max(1) as u32);
        return;
    }
    let Some(ident) = error.message.strip_suffix(" is not defined") else {
        return;
    };
    if error.name != "ReferenceError" || ident.is_empty() {
        return;
    }
    let start_line = error.line.unwrap_or(1) as usize;
    for (i, line) in source
        .lines()
        .enumerate()
        .skip(start_line.saturating_sub(1))
    {
        let code = line.split("//").next().unwrap_or("");
        if let Some(col) = find_word(code, ident) {
            error.line = Some(i as u32 + 1);
            error.column = Some(code[..col].chars().count() as u32 + 1);
            return;
        }
    }
}

fn find_word(haystack: &str, word: &str) -> Option<usize> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    haystack.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(|c| is_ident(c) || c == '.') && !after.is_some_and(is_ident)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_the_undefined_name() {
        let mut e = CodeError {
            line: Some(1),
            column: Some(27),
            ..CodeError::new("ReferenceError", "total is not defined")
        };
        refine_location(&mut e, "export function f(a) {\n  // total here is a comment\n  const subtotal = 1;\n  return total + 1;\n}");
        assert_eq!((e.line, e.column), (Some(4), Some(10)));
    }

    #[test]
    fn explains_a_missing_export() {
        let mut e = CodeError::new("SyntaxError", "could not find export `add`");
        clarify(&mut e);
        assert!(e.message.contains("the tests import `add`"));
    }

    #[test]
    fn reads_position_from_syntax_messages() {
        let (m, l, c) = split_position("expected token ')', got ';' at line 3, col 14");
        assert_eq!(m, "expected token ')', got ';'");
        assert_eq!((l, c), (Some(3), Some(14)));
        assert_eq!(split_position("plain"), ("plain".into(), None, None));
    }
}
