//! The built-in course: the site's `course.json`, the pack compiled (and validated) when the
//! site was built. It is data fetched next to the app's wasm rather than compiled into it, so
//! the page can start painting sooner and the course is cached as files of its own.
//!
//! `course.json` is the outline (modules, item titles, quizzes, the glossary); each module's
//! lessons and exercises are a file of their own, fetched as they are needed. `www/boot.js`
//! starts the outline's download before the app runs: it leaves the promise of its text in
//! `window.puenteCourse`, `window.puenteLoadCourse()` downloads it again, and
//! `window.puenteFetchText(url)` fetches a module.

use std::collections::BTreeMap;
use std::rc::Rc;

use course::{Module, Pack};
use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::services::library::js_reason;

/// The outline, and where each module's full content is.
#[derive(Deserialize)]
struct Outline {
    pack: Pack,
    /// Module id to the URL of its file.
    modules: BTreeMap<String, String>,
}

/// The built-in course as first shown: lessons and exercises are still to come from `modules`.
pub struct Builtin {
    pub pack: Rc<Pack>,
    pub modules: BTreeMap<String, String>,
}

fn global(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

async fn text_of(promise: Option<JsValue>) -> Result<String, String> {
    let promise = promise
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or("the page did not start downloading the course; reload it")?;
    JsFuture::from(promise)
        .await
        .map(|text| text.as_string().unwrap_or_default())
        .map_err(|e| format!("the course could not be downloaded ({})", js_reason(e)))
}

fn call(name: &str, arg: Option<&str>) -> Option<JsValue> {
    let f = global(name)?.dyn_into::<js_sys::Function>().ok()?;
    match arg {
        Some(a) => f.call1(&JsValue::NULL, &JsValue::from_str(a)).ok(),
        None => f.call0(&JsValue::NULL).ok(),
    }
}

/// Fetches and decodes the outline (boot.js's first download, or a new one on `retry`); the
/// error says what went wrong, for the learner.
pub async fn builtin(retry: bool) -> Result<Builtin, String> {
    let promise = if retry {
        call("puenteLoadCourse", None)
    } else {
        global("puenteCourse")
    };
    let text = text_of(promise).await?;
    let outline: Outline = serde_json::from_str(&text)
        .map_err(|e| format!("the course file is damaged ({e}); reload the page"))?;
    Ok(Builtin {
        pack: Rc::new(outline.pack),
        modules: outline.modules,
    })
}

/// Fetches one module's full content.
pub async fn module(url: &str) -> Result<Module, String> {
    let text = text_of(call("puenteFetchText", Some(url))).await?;
    serde_json::from_str(&text).map_err(|e| format!("a module file is damaged ({e})"))
}

/// The module the address bar points at (`#/m/MODULE...`), to fetch first.
pub fn module_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let rest = hash.strip_prefix("#/m/")?;
    Some(rest.split(['/', '?']).next()?.to_string()).filter(|m| !m.is_empty())
}
