//! The grader as a Web Worker entry point. `www/worker.js` loads this module and calls [`handle`]
//! for every request the page sends; the page never runs learner code on its main thread.
//!
//! Learner code can also bring the instance down: an allocation past the memory cap, or a stack
//! overflow in the engine's native recursion, traps the wasm. Nothing can be asked of a trapped
//! instance, so the grader tells worker.js what runs before it runs (the test's name) and when an
//! allocation is refused, through two functions worker.js defines on its global object.

use wasm_bindgen::prelude::*;

// The same cap as the CLI's grading processes, so a run that is out of memory there is out of
// memory here.
#[global_allocator]
static ALLOCATOR: grader::memory::CappedAllocator = grader::memory::CappedAllocator::new();

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
extern "C" {
    /// The test about to run, or `null` while the learner's code loads.
    #[wasm_bindgen(js_namespace = globalThis, js_name = puenteStage)]
    fn stage(test: Option<&str>);
    /// An allocation was refused; the instance traps right after. Takes nothing and returns
    /// nothing, so calling it allocates nothing.
    #[wasm_bindgen(js_namespace = globalThis, js_name = puenteOutOfMemory)]
    fn out_of_memory();
    /// Answers a locale request with the browser's own `Intl` (see `grader::locale`).
    #[wasm_bindgen(js_namespace = globalThis, js_name = puenteLocale)]
    fn locale(request: &str) -> String;
    /// Parses a page's HTML with the parser's own wasm (`puente-html`), which worker.js loads
    /// before it sends the first run that has a page.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = puenteParseHtml)]
    fn parse_html(html: &str, context: Option<&str>) -> Result<String, JsValue>;
}

/// Connects the page model to worker.js's HTML parser.
#[cfg(target_arch = "wasm32")]
fn parse_html_in_worker(html: &str, context: Option<&str>) -> Result<String, String> {
    parse_html(html, context).map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| "the HTML parser failed".into())
    })
}

/// Caps the heap and connects the grader to worker.js, once, before the first run.
fn setup() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        grader::memory::set_cap(grader::memory::DEFAULT_CAP);
        #[cfg(target_arch = "wasm32")]
        {
            grader::on_stage(stage);
            grader::memory::on_refusal(out_of_memory);
            grader::locale::on_locale(locale);
            grader::page::on_parse_html(parse_html_in_worker);
            // A size past the 32-bit address space (`'x'.repeat(2 ** 30)` asks for 24 GB) fails
            // before it reaches the allocator, as a panic; for the learner it is the same mistake
            // as any other allocation past the cap.
            std::panic::set_hook(Box::new(|info| {
                if grader::memory::is_capacity_overflow(info) {
                    out_of_memory();
                }
            }));
        }
    });
}

/// Answers one JSON-encoded [`grader::protocol::Request`] (grade an exercise, run an example,
/// open a pack file) with the JSON of its [`grader::protocol::Reply`].
#[wasm_bindgen]
pub fn handle(request_json: &str) -> String {
    setup();
    grader::protocol::answer_json(request_json)
}

/// Builds the next run's sandbox while the worker is idle; see [`grader::prewarm`].
#[wasm_bindgen]
pub fn prewarm() -> bool {
    setup();
    grader::prewarm()
}
