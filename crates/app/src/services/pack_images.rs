//! A course opened from a pack file carries its pictures inside it, and no server has them at
//! the `assets/…` addresses its HTML names; they are shown from object URLs made here instead.
//! The built-in course's pictures are real files under `assets/`, so it never comes here.

use std::cell::RefCell;
use std::collections::HashMap;

use course::assets::{self, Asset};
use course::{Item, LessonPart, Pack};

thread_local! {
    /// Object URLs by asset address, kept for the page's life: reopening a course reuses them,
    /// and a picture on screen never loses its URL.
    static URLS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Moves `pack`'s pictures into object URLs and points its HTML at them.
pub fn show_from_memory(pack: &mut Pack) {
    let mut urls = Vec::new();
    for (address, asset) in std::mem::take(&mut pack.assets) {
        if let Some(url) = object_url(&address, &asset) {
            urls.push((format!("src=\"{address}\""), format!("src=\"{url}\"")));
        }
    }
    if urls.is_empty() {
        return;
    }
    let point = |html: &mut String| {
        for (from, to) in &urls {
            if html.contains(from.as_str()) {
                *html = html.replace(from.as_str(), to);
            }
        }
    };
    for module in &mut pack.modules {
        for item in &mut module.items {
            match item {
                Item::Lesson(lesson) => {
                    let es = lesson.es.iter_mut().flat_map(|es| es.parts.iter_mut());
                    for part in lesson.parts.iter_mut().chain(es) {
                        if let LessonPart::Html { html } = part {
                            point(html);
                        }
                    }
                }
                Item::Exercise(exercise) => {
                    point(&mut exercise.instructions_html);
                    if let Some(es) = exercise.es.as_mut() {
                        point(&mut es.instructions_html);
                    }
                }
                Item::Quiz(_) => {}
            }
        }
    }
}

fn object_url(address: &str, asset: &Asset) -> Option<String> {
    if let Some(url) = URLS.with(|urls| urls.borrow().get(address).cloned()) {
        return Some(url);
    }
    let ext = address.rsplit_once('.')?.1;
    let bytes = js_sys::Uint8Array::from(asset.bytes.as_slice());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(assets::media_type(ext));
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(
        &js_sys::Array::of1(&bytes),
        &options,
    )
    .ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    URLS.with(|urls| urls.borrow_mut().insert(address.to_string(), url.clone()));
    Some(url)
}
