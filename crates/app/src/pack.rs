//! The built-in course: the site's `course.json`, the pack compiled (and validated) when the
//! site was built. It is data fetched next to the app's wasm rather than compiled into it, so
//! the page can start painting sooner and the course is cached as a file of its own.
//! `www/boot.js` starts the download before the app runs: it leaves the promise of its text in
//! `window.puenteCourse`, and `window.puenteLoadCourse()` downloads it again.

use std::rc::Rc;

use course::Pack;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn global(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

fn reason(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "no reason given".into())
}

/// The text of course.json: boot.js's first download, or a new one on `retry`.
async fn text(retry: bool) -> Result<String, String> {
    let promise = if retry {
        global("puenteLoadCourse")
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call0(&JsValue::NULL).ok())
    } else {
        global("puenteCourse")
    };
    let promise = promise
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        .ok_or("the page did not start downloading the course; reload it")?;
    JsFuture::from(promise)
        .await
        .map(|text| text.as_string().unwrap_or_default())
        .map_err(|e| format!("the course could not be downloaded ({})", reason(&e)))
}

/// Fetches and decodes the built-in course; the error says what went wrong, for the learner.
pub async fn builtin(retry: bool) -> Result<Rc<Pack>, String> {
    let text = text(retry).await?;
    serde_json::from_str(&text)
        .map(Rc::new)
        .map_err(|e| format!("the course file is damaged ({e}); reload the page"))
}
