//! Hands the learner a file to keep: their progress, or saved data that could not be read.

use wasm_bindgen::JsCast;

/// Offers `text` as a JSON file named `name`; returns false when the browser refused.
pub fn json_file(name: &str, text: &str) -> bool {
    try_download(name, text).is_some()
}

fn try_download(name: &str, text: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the URL is no longer needed once it has been read.
    let revoke = url.clone();
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&revoke);
    })
    .forget();
    Some(())
}

/// "puente-progress-fundamentals-2026-12-03.json"
pub fn progress_file_name(pack_id: &str) -> String {
    let date = js_sys::Date::new_0();
    format!(
        "puente-progress-{pack_id}-{:04}-{:02}-{:02}.json",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}
