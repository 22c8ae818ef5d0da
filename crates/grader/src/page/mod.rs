//! Web pages for learner code: a document parsed from the exercise's HTML, events and forms,
//! `fetch` answered by routes the exercise declares, and helpers for tests in the spirit of
//! Testing Library. Installed only for page exercises; other runs have no `document`, as in
//! Node.

use boa_engine::native_function::NativeFunction;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue, Source};
use serde::{Deserialize, Serialize};

use crate::sandbox::Sandbox;

const URL_JS: &str = include_str!("url.js");
const DOM_JS: &str = include_str!("dom.js");
const FETCH_JS: &str = include_str!("fetch.js");
const TESTING_JS: &str = include_str!("testing.js");
const STYLE_JS: &str = include_str!("style.js");

/// The page a page exercise's code runs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The page's HTML: a whole document or just the body's content.
    #[serde(default)]
    pub html: String,
    /// The page's address, which `location` reads and relative `fetch` URLs resolve against.
    #[serde(default = "default_url")]
    pub url: String,
    /// What `fetch` answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<Route>,
    /// The page's style sheet, which `getComputedStyle` and `document.styleSheets` read.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub css: String,
    /// Which file the learner's code is.
    #[serde(default, skip_serializing_if = "Edit::is_script")]
    pub edit: Edit,
}

impl Default for Page {
    fn default() -> Self {
        Page {
            html: String::new(),
            url: default_url(),
            routes: Vec::new(),
            css: String::new(),
            edit: Edit::Script,
        }
    }
}

/// Which of the page's files the learner's code is: its script (the usual case), or its HTML
/// or style sheet, when the page then has no script.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Edit {
    #[default]
    Script,
    Html,
    Css,
}

impl Edit {
    pub fn is_script(&self) -> bool {
        *self == Edit::Script
    }
}

impl Page {
    /// The page with the learner's `code` in its place, and the page's script.
    pub fn with_learner_code<'a>(&'a self, code: &'a str) -> (std::borrow::Cow<'a, Page>, &'a str) {
        match self.edit {
            Edit::Script => (std::borrow::Cow::Borrowed(self), code),
            Edit::Html => (
                std::borrow::Cow::Owned(Page {
                    html: code.to_string(),
                    ..self.clone()
                }),
                "",
            ),
            Edit::Css => (
                std::borrow::Cow::Owned(Page {
                    css: code.to_string(),
                    ..self.clone()
                }),
                "",
            ),
        }
    }
}

pub fn default_url() -> String {
    "https://example.com/".into()
}

/// One answer `fetch` gives: to a method and URL, a status with a JSON or text body, after a
/// delay on the grading clock, or a network failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Route {
    #[serde(default = "default_method")]
    pub method: String,
    /// Absolute, or relative to the page. Without a query it answers any query.
    pub url: String,
    #[serde(default = "default_status")]
    pub status: u16,
    /// A JSON body, as JSON text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub json: Option<String>,
    /// A text body, when there is no JSON one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    #[serde(default)]
    pub delay_ms: u32,
    /// The request fails as when the network is down (`TypeError: Failed to fetch`).
    #[serde(default)]
    pub network_error: bool,
    /// Answers one request only; later requests go to the next route that matches (a 503, then
    /// a 200).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub once: bool,
}

/// A pack exercise's page as the grader runs it (its style sheet is for the preview only).
#[cfg(feature = "course")]
impl From<&course::ExercisePage> for Page {
    fn from(page: &course::ExercisePage) -> Self {
        Page {
            html: page.html.clone(),
            url: page.url.clone(),
            css: page.css.clone(),
            edit: match page.edit {
                course::PageEdit::Script => Edit::Script,
                course::PageEdit::Html => Edit::Html,
                course::PageEdit::Css => Edit::Css,
            },
            routes: page
                .routes
                .iter()
                .map(|r| Route {
                    method: r.method.clone(),
                    url: r.url.clone(),
                    status: r.status,
                    json: r.json.clone(),
                    body: r.body.clone(),
                    delay_ms: r.delay_ms,
                    network_error: r.network_error,
                    once: r.once,
                })
                .collect(),
        }
    }
}

fn default_method() -> String {
    "GET".into()
}

fn default_status() -> u16 {
    200
}

/// The page's side of a run, for the runner: when the learner's script has run, and after each
/// test.
pub(crate) struct Installed {
    dom: JsObject,
}

impl Installed {
    /// Ends "parsing": `DOMContentLoaded` and `load` fire, as after a page's last script.
    pub(crate) fn loaded(&self, context: &mut Context) -> JsResult<()> {
        let loaded = self.dom.get(js_string!("loaded"), context)?;
        if let Some(f) = loaded.as_callable() {
            f.call(&JsValue::undefined(), &[], context)?;
        }
        Ok(())
    }
}

/// The page model's scripts compiled in a sandbox, each a function waiting for its arguments.
pub(crate) struct Prepared {
    dom: JsValue,
    style: JsValue,
    fetch: JsValue,
    testing: JsValue,
}

thread_local! {
    static SEEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this thread has run a page: a host that prewarms sandboxes then prepares the page
/// model in them too.
pub(crate) fn seen() -> bool {
    SEEN.with(|s| s.get())
}

/// Compiles the page model's scripts in `context`, before any code of a run is there. Most of a
/// page's setup is this; the rest (building the document) needs the run's page.
pub(crate) fn prepare(context: &mut Context) -> JsResult<Prepared> {
    Ok(Prepared {
        dom: context.eval(Source::from_bytes(DOM_JS))?,
        style: context.eval(Source::from_bytes(STYLE_JS))?,
        fetch: context.eval(Source::from_bytes(FETCH_JS))?,
        testing: context.eval(Source::from_bytes(TESTING_JS))?,
    })
}

/// Installs the document, `fetch` and the test helpers in `sandbox` (`URL` is in every sandbox).
pub(crate) fn install(sandbox: &mut Sandbox, page: &Page) -> JsResult<Installed> {
    SEEN.with(|s| s.set(true));
    let scripts = match sandbox.page_scripts.take() {
        Some(prepared) => prepared,
        None => prepare(&mut sandbox.context)?,
    };
    let global: JsValue = sandbox.context.global_object().into();

    let parse = FunctionObjectBuilder::new(
        sandbox.context.realm(),
        NativeFunction::from_fn_ptr(parse_html),
    )
    .name(js_string!("parseHtml"))
    .length(2)
    .build();
    let options = JsObject::with_object_proto(sandbox.context.intrinsics());
    options.set(
        js_string!("html"),
        JsString::from(page.html.as_str()),
        false,
        &mut sandbox.context,
    )?;
    options.set(
        js_string!("url"),
        JsString::from(page.url.as_str()),
        false,
        &mut sandbox.context,
    )?;
    options.set(
        js_string!("css"),
        JsString::from(page.css.as_str()),
        false,
        &mut sandbox.context,
    )?;
    let dom = call_script(
        &mut sandbox.context,
        &scripts.dom,
        &[parse.into(), global.clone(), options.into()],
    )?
    .as_object()
    .expect("the document model returns its API");
    call_script(
        &mut sandbox.context,
        &scripts.style,
        &[
            dom.clone().into(),
            global.clone(),
            JsString::from(page.css.as_str()).into(),
        ],
    )?;

    let routes = routes_value(&page.routes, &mut sandbox.context)?;
    let network = call_script(
        &mut sandbox.context,
        &scripts.fetch,
        &[
            global.clone(),
            routes,
            JsString::from(page.url.as_str()).into(),
        ],
    )?
    .as_object()
    .expect("fetch returns its API");

    let clock = sandbox.harness_member("clock")?;
    let exports = sandbox
        .harness_member("exports")?
        .as_object()
        .expect("exports is an object");
    let expect = exports.get(js_string!("expect"), &mut sandbox.context)?;
    let testing = call_script(
        &mut sandbox.context,
        &scripts.testing,
        &[dom.clone().into(), global, clock, expect],
    )?
    .as_object()
    .expect("the test helpers return their API");

    let is_printable = dom.get(js_string!("isPrintable"), &mut sandbox.context)?;
    let describe = dom.get(js_string!("describe"), &mut sandbox.context)?;
    sandbox.call("setNodeFormatter", &[is_printable, describe])?;
    let reload_check = dom.get(js_string!("reloadCheck"), &mut sandbox.context)?;
    sandbox.call("runAsPage", &[reload_check])?;

    let library = testing.get(js_string!("library"), &mut sandbox.context)?;
    let module = sandbox.object_module(library)?;
    sandbox.register("@testing-library/dom", module);
    let user_event = testing.get(js_string!("userEvent"), &mut sandbox.context)?;
    let module = sandbox.object_module(user_event)?;
    sandbox.register("@testing-library/user-event", module);
    let matchers = testing.get(js_string!("matchers"), &mut sandbox.context)?;
    let module = sandbox.object_module(matchers)?;
    for name in [
        "@testing-library/jest-dom",
        "@testing-library/jest-dom/extend-expect",
    ] {
        sandbox.register(name, module.clone());
    }
    let page_api = JsObject::with_object_proto(sandbox.context.intrinsics());
    let requests = network.get(js_string!("requests"), &mut sandbox.context)?;
    page_api.set(
        js_string!("requests"),
        requests,
        false,
        &mut sandbox.context,
    )?;
    let navigations = dom.get(js_string!("navigations"), &mut sandbox.context)?;
    page_api.set(
        js_string!("navigations"),
        navigations,
        false,
        &mut sandbox.context,
    )?;
    let module = sandbox.object_module(page_api.into())?;
    sandbox.register("puente/page", module);
    Ok(Installed { dom })
}

/// Makes `URL` and `URLSearchParams` global in every sandbox, installed on first use, as Node
/// and browsers have them.
pub(crate) fn offer_url(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    crate::lazy::install_lazily(
        context,
        &[(global.clone(), "URL"), (global, "URLSearchParams")],
        |context| {
            let global: JsValue = context.global_object().into();
            eval_script(context, URL_JS, &[global]).map(|_| ())
        },
    )
}

fn call_script(context: &mut Context, script: &JsValue, args: &[JsValue]) -> JsResult<JsValue> {
    let f = script
        .as_callable()
        .expect("a page script evaluates to a function");
    f.call(&JsValue::undefined(), args, context)
}

/// Evaluates `source`, a page script, and calls the function it evaluates to.
fn eval_script(context: &mut Context, source: &str, args: &[JsValue]) -> JsResult<JsValue> {
    let f = context.eval(Source::from_bytes(source))?;
    call_script(context, &f, args)
}

fn routes_value(routes: &[Route], context: &mut Context) -> JsResult<JsValue> {
    // JSON bodies are parsed here once, so a route's `json` reaches `fetch` as a value.
    let list: Vec<serde_json::Value> = routes
        .iter()
        .map(|r| {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            if let (Some(text), Some(obj)) = (&r.json, v.as_object_mut()) {
                let parsed = serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
                obj.insert("json".into(), parsed);
            }
            v
        })
        .collect();
    JsValue::from_json(&serde_json::Value::Array(list), context)
}

/// Parses HTML for the page model: given the text and, for a fragment, the name of the element
/// it is parsed inside, returns the nodes as JSON (`puente_html::to_json`), or why it could not.
pub type HtmlHook = fn(&str, Option<&str>) -> Result<String, String>;

static HTML_HOOK: std::sync::RwLock<Option<HtmlHook>> = std::sync::RwLock::new(None);

/// Makes `hook` parse every page's HTML from now on. A native build parses with `puente_html`
/// itself; the browser's worker, whose engine leaves the parser out, connects its own module.
pub fn on_parse_html(hook: HtmlHook) {
    if let Ok(mut slot) = HTML_HOOK.write() {
        *slot = Some(hook);
    }
}

fn parse_with_host(html: &str, context: Option<&str>) -> Result<String, String> {
    match HTML_HOOK.read().ok().and_then(|slot| *slot) {
        Some(hook) => hook(html, context),
        #[cfg(not(target_arch = "wasm32"))]
        None => Ok(puente_html::to_json(html, context)),
        #[cfg(target_arch = "wasm32")]
        None => Err("this build has no HTML parser connected".into()),
    }
}

/// `parseHtml(html, context)`: the nodes of `html` as JSON, a whole page when `context` is
/// null, else a fragment parsed inside an element named `context`.
fn parse_html(_this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let html = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_escaped();
    let name = match args.get(1).filter(|v| !v.is_null_or_undefined()) {
        Some(name) => Some(name.to_string(context)?.to_std_string_escaped()),
        None => None,
    };
    let json = parse_with_host(&html, name.as_deref()).map_err(|why| {
        boa_engine::JsNativeError::error()
            .with_message(format!("the page's HTML could not be parsed: {why}"))
    })?;
    Ok(JsString::from(json).into())
}
