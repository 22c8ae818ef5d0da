//! HTML text to nodes for page exercises (see [`parse`]).
//!
//! The grader links this crate natively. The browser's grading engine does not: the parser is
//! about an eighth of the engine's download, and most exercises have no page, so the grading
//! worker loads this crate's own wasm the first time a page exercise is run and connects it to
//! the grader through `grader::page::on_parse_html`. Both sides run the same parser.

mod parse;

pub use parse::{parse_fragment_in, parse_page, Node, Parsed};

/// The nodes of `html` as JSON: a whole page when `context` is `None`, else a fragment parsed
/// inside an element named `context` (what `innerHTML` does).
pub fn to_json(html: &str, context: Option<&str>) -> String {
    let parsed = match context {
        Some(name) => parse_fragment_in(html, name),
        None => parse_page(html),
    };
    serde_json::to_string(&parsed).unwrap_or_else(|_| "[]".into())
}

/// The browser's entry point: [`to_json`] for the grading worker.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn parse_html(html: &str, context: Option<String>) -> String {
    to_json(html, context.as_deref())
}
