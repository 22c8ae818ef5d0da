//! The learner's courses besides the built-in one: packs opened from a link, a file or the
//! site's own list, kept on the device so they open with no network.
//!
//! A pack arrives as a one-file pack (sources, not HTML) and is validated and rendered here by
//! the same loader and sanitizer as `puente check`; nothing in it is trusted. The pack text is
//! kept in the Cache API (large, and not counted against the small localStorage quota that holds
//! progress); the list of courses and the active one are small records in localStorage.

use std::rc::Rc;

use std::cell::RefCell;

use course::pack_file::{self, OpenError};

use crate::services::grading::{Grading, PackRefused};
use course::Pack;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const LIST_KEY: &str = "puente.library";
const ACTIVE_KEY: &str = "puente.active-pack";

/// One opened course, as the "My courses" page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub title: String,
    pub version: String,
    /// Where it came from: the URL it was fetched from, or "file: NAME".
    pub origin: String,
    pub added_at: u64,
    pub updated_at: u64,
    /// Items with saved progress that the latest version no longer has: kept in the progress
    /// record, listed to the learner.
    #[serde(default)]
    pub missing_items: Vec<String>,
}

impl Entry {
    /// Whether the course can be fetched again from where it came from.
    pub fn updatable(&self) -> bool {
        !self.origin.starts_with("file:")
    }
}

/// Why a pack could not be opened.
#[derive(Debug, Error)]
pub enum LibraryError {
    #[error(transparent)]
    Pack(#[from] OpenError),
    #[error("could not download the course from {url}: {reason}")]
    Fetch { url: String, reason: String },
    #[error(
        "this course uses the id \"{0}\", which belongs to the built-in course; ask its author \
         to choose another `id` in pack.toml"
    )]
    BuiltInId(String),
    #[error("the browser did not let Puente keep the course on this device: {0}")]
    Storage(String),
    #[error("the course could not be checked on this device ({0}); try again")]
    Checker(String),
}

/// A JavaScript error's message, for the learner.
pub fn js_reason(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The courses opened on this device, most recently added last.
pub fn entries() -> Vec<Entry> {
    local_storage()
        .and_then(|s| s.get_item(LIST_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save_entries(entries: &[Entry]) -> Result<(), LibraryError> {
    let storage =
        local_storage().ok_or_else(|| LibraryError::Storage("storage is disabled".into()))?;
    let text = serde_json::to_string(entries).expect("entries serialize");
    storage
        .set_item(LIST_KEY, &text)
        .map_err(|e| LibraryError::Storage(js_reason(e)))
}

/// The id of the course the learner studies now; `None` means the built-in one.
pub fn active() -> Option<String> {
    local_storage().and_then(|s| s.get_item(ACTIVE_KEY).ok().flatten())
}

/// Makes `id` the active course (`None`: the built-in one).
pub fn set_active(id: Option<&str>) {
    if let Some(storage) = local_storage() {
        let _ = match id {
            Some(id) => storage.set_item(ACTIVE_KEY, id),
            None => storage.remove_item(ACTIVE_KEY),
        };
    }
}

/// The Cache API cache for pack files, named for this copy of the site so two Puente sites on
/// one origin keep their own courses.
fn cache_name() -> String {
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    format!("puente library {base}")
}

fn cache_key(id: &str) -> String {
    format!("./__puente/library/{id}.puente.json")
}

async fn cache() -> Result<web_sys::Cache, LibraryError> {
    let window = web_sys::window().ok_or_else(|| LibraryError::Storage("no window".into()))?;
    let caches = window
        .caches()
        .map_err(|e| LibraryError::Storage(js_reason(e)))?;
    let cache = JsFuture::from(caches.open(&cache_name()))
        .await
        .map_err(|e| LibraryError::Storage(js_reason(e)))?;
    Ok(cache.unchecked_into())
}

/// Validates a one-file pack's `text` and renders it, in the grading worker (which carries the
/// pack loader); refuses the built-in course's id.
pub async fn parse(text: &str, builtin_id: &str, grading: &Grading) -> Result<Pack, LibraryError> {
    let answer: Rc<RefCell<Option<Result<Pack, PackRefused>>>> = Rc::default();
    let mut resolve_later = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| resolve_later = Some(resolve));
    {
        let answer = answer.clone();
        grading.open_pack(
            text.to_string(),
            yew::Callback::from(move |result| {
                *answer.borrow_mut() = Some(result);
                if let Some(resolve) = &resolve_later {
                    let _ = resolve.call0(&JsValue::NULL);
                }
            }),
        );
    }
    let _ = JsFuture::from(promise).await;
    let result = answer.borrow_mut().take();
    let pack = match result {
        Some(Ok(pack)) => pack,
        Some(Err(PackRefused::Invalid(e))) => return Err(e.into()),
        Some(Err(PackRefused::Checker(why))) => return Err(LibraryError::Checker(why)),
        None => return Err(LibraryError::Checker("no answer".into())),
    };
    if pack.id == builtin_id {
        return Err(LibraryError::BuiltInId(pack.id));
    }
    Ok(pack)
}

/// Downloads a one-file pack from `url` (same origin, or a server that allows it with CORS).
pub async fn fetch_text(url: &str) -> Result<String, LibraryError> {
    let fail = |reason: String| LibraryError::Fetch {
        url: url.to_string(),
        reason,
    };
    let window = web_sys::window().ok_or_else(|| fail("no window".into()))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| {
            fail(format!(
                "{} (check the address, your connection, and that the server allows it)",
                js_reason(e)
            ))
        })?
        .unchecked_into();
    if !response.ok() {
        return Err(fail(format!("the server answered {}", response.status())));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<usize>().ok());
    if let Some(size) = declared.filter(|&n| n > pack_file::MAX_BYTES) {
        return Err(OpenError::TooLarge { size }.into());
    }
    let text = JsFuture::from(response.text().map_err(|e| fail(js_reason(e)))?)
        .await
        .map_err(|e| fail(js_reason(e)))?;
    Ok(text.as_string().unwrap_or_default())
}

/// Keeps an opened pack on this device and lists it, replacing an older version of the same
/// course. Returns the entry as listed.
pub async fn keep(
    text: &str,
    pack: &Pack,
    origin: &str,
    now: u64,
    missing_items: Vec<String>,
) -> Result<Entry, LibraryError> {
    let cache = cache().await?;
    let response = web_sys::Response::new_with_opt_str(Some(text))
        .map_err(|e| LibraryError::Storage(js_reason(e)))?;
    JsFuture::from(cache.put_with_str(&cache_key(&pack.id), &response))
        .await
        .map_err(|e| LibraryError::Storage(js_reason(e)))?;
    let mut list = entries();
    let added_at = list
        .iter()
        .find(|e| e.id == pack.id)
        .map_or(now, |e| e.added_at);
    list.retain(|e| e.id != pack.id);
    let entry = Entry {
        id: pack.id.clone(),
        title: pack.title.clone(),
        version: pack.version.clone(),
        origin: origin.to_string(),
        added_at,
        updated_at: now,
        missing_items,
    };
    list.push(entry.clone());
    save_entries(&list)?;
    Ok(entry)
}

/// Loads a kept course, validating it again (the stored copy is as untrusted as the original).
pub async fn load(id: &str, builtin_id: &str, grading: &Grading) -> Result<Rc<Pack>, LibraryError> {
    let cache = cache().await?;
    let hit = JsFuture::from(cache.match_with_str(&cache_key(id)))
        .await
        .map_err(|e| LibraryError::Storage(js_reason(e)))?;
    let response: web_sys::Response = hit.dyn_into().map_err(|_| {
        LibraryError::Storage(format!(
            "the course \"{id}\" is no longer kept on this device"
        ))
    })?;
    let text = JsFuture::from(
        response
            .text()
            .map_err(|e| LibraryError::Storage(js_reason(e)))?,
    )
    .await
    .map_err(|e| LibraryError::Storage(js_reason(e)))?
    .as_string()
    .unwrap_or_default();
    Ok(Rc::new(parse(&text, builtin_id, grading).await?))
}

/// Forgets a course: its pack file and its place in the list. Its progress is left alone.
pub async fn remove(id: &str) -> Result<(), LibraryError> {
    let cache = cache().await?;
    let _ = JsFuture::from(cache.delete_with_str(&cache_key(id))).await;
    let mut list = entries();
    list.retain(|e| e.id != id);
    save_entries(&list)?;
    if active().as_deref() == Some(id) {
        set_active(None);
    }
    Ok(())
}

/// Item ids with saved progress for `pack.id` that `pack` does not have.
pub fn items_not_in(pack: &Pack) -> Vec<String> {
    let Some(text) = crate::services::storage::saved_text(&pack.id) else {
        return Vec::new();
    };
    let saved = progress::decode(&text).progress;
    let present: std::collections::HashSet<String> = pack
        .modules
        .iter()
        .flat_map(|m| m.items.iter().map(move |i| format!("{}/{}", m.id, i.id())))
        .collect();
    saved
        .exercises
        .keys()
        .chain(saved.lessons.keys())
        .chain(saved.quizzes.keys())
        .filter(|id| !present.contains(*id))
        .cloned()
        .collect()
}

/// A site's own list of courses (`packs/index.json` next to the app), if it has one.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SiteIndex {
    pub packs: Vec<SitePack>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SitePack {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub summary: String,
    /// The pack file, relative to `packs/`.
    pub file: String,
}

impl SitePack {
    /// The pack file's address, relative to the app.
    pub fn url(&self) -> String {
        format!("./packs/{}", self.file)
    }
}

/// Reads `packs/index.json`; a site without one simply has no list.
pub async fn site_index() -> Option<SiteIndex> {
    let text = fetch_text("./packs/index.json").await.ok()?;
    let index: SiteIndex = serde_json::from_str(&text).ok()?;
    // A file name with a path in it could point anywhere on the site; a list names files in packs/.
    let packs = index
        .packs
        .into_iter()
        .filter(|p| !p.file.contains('/') && !p.file.contains('\\') && !p.file.starts_with('.'))
        .collect();
    Some(SiteIndex { packs })
}
