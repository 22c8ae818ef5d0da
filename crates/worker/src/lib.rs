//! The grader as a Web Worker entry point. `www/worker.js` loads this module and calls [`grade`]
//! (an exercise) or [`run`] (a lesson example) for every message; the page never runs learner
//! code on its main thread.
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

/// Decodes a request of type `R`, grades it with `grade`, and returns the JSON-encoded report.
fn grade_json<R: serde::de::DeserializeOwned>(
    request_json: &str,
    grade: impl Fn(&R) -> grader::GradeReport,
) -> String {
    setup();
    let report = match serde_json::from_str::<R>(request_json) {
        Ok(request) => grade(&request),
        Err(e) => grader::GradeReport::error(
            grader::CodeError::new(
                "GraderError",
                format!("the page sent an unreadable grading request: {e}"),
            ),
            Vec::new(),
        ),
    };
    serde_json::to_string(&report).unwrap_or_else(|e| format!("{{\"verdict\":\"error\",\"tests\":[],\"console\":[],\"error\":{{\"name\":\"GraderError\",\"message\":\"{e}\",\"line\":null,\"column\":null}}}}"))
}

/// Grades a JSON-encoded [`grader::GradeRequest`] and returns the JSON-encoded report.
#[wasm_bindgen]
pub fn grade(request_json: &str) -> String {
    grade_json(request_json, grader::grade)
}

/// Grades a learner's test file, a JSON-encoded [`grader::SuiteRequest`].
#[wasm_bindgen]
pub fn grade_suite(request_json: &str) -> String {
    grade_json(request_json, grader::grade_suite)
}

/// Opens a one-file pack (its text): validated and rendered here, so the page's own wasm does not
/// carry the pack loader. Returns the JSON of `Result<Pack, OpenError>`.
#[wasm_bindgen]
pub fn open_pack(text: &str) -> String {
    setup();
    let opened = course::pack_file::open(text);
    serde_json::to_string(&opened).unwrap_or_else(|e| {
        serde_json::to_string(&Err::<(), _>(course::pack_file::OpenError::NotJson(
            e.to_string(),
        )))
        .unwrap_or_default()
    })
}

/// Runs a JSON-encoded [`grader::RunRequest`] (a lesson's example) and returns the JSON-encoded
/// [`grader::RunReport`].
#[wasm_bindgen]
pub fn run(request_json: &str) -> String {
    setup();
    let report = match serde_json::from_str::<grader::RunRequest>(request_json) {
        Ok(request) => grader::run_snippet(&request),
        Err(e) => grader::RunReport::error(grader::CodeError::new(
            "GraderError",
            format!("the page sent an unreadable run request: {e}"),
        )),
    };
    serde_json::to_string(&report).unwrap_or_else(|e| format!("{{\"console\":[],\"value\":null,\"error\":{{\"name\":\"GraderError\",\"message\":\"{e}\",\"line\":null,\"column\":null}}}}"))
}

/// Grades a JSON-encoded [`grader::HintsRequest`] (an assert-style exercise) and returns the
/// JSON-encoded report.
#[wasm_bindgen]
pub fn grade_hints(request_json: &str) -> String {
    grade_json(request_json, grader::grade_hints)
}

/// Builds the next run's sandbox while the worker is idle; see [`grader::prewarm`].
#[wasm_bindgen]
pub fn prewarm() -> bool {
    setup();
    grader::prewarm()
}
