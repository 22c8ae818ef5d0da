//! Keeps the learner's progress in localStorage, one record per pack, as carefully as a good
//! editor keeps files:
//! - a record that cannot be read completely is copied aside under a backup key before anything
//!   is saved over it, and what could be read still loads;
//! - saving waits for a pause in typing (never longer than [`MAX_WAIT_MS`]) and is flushed when
//!   the tab is hidden or closed;
//! - before each write the stored record is merged in, and other tabs' writes are merged as they
//!   happen, so two tabs never undo each other's work;
//! - when storage is full or unavailable the work stays in memory and the learner is told.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use progress::{decode, encode, Problem, Progress};
use wasm_bindgen::JsCast;
use web_sys::Storage;
use yew::Callback;

use crate::state::now;

/// Saving waits this long after the last change, so typing does not re-serialise everything on
/// every keystroke.
const QUIET_MS: f64 = 250.0;
/// ...but never longer than this after the first unsaved change.
const MAX_WAIT_MS: f64 = 1000.0;

fn key(pack_id: &str) -> String {
    format!("puente.progress.{pack_id}")
}

/// The saved progress record of any pack, as stored (for lists and downloads of courses other
/// than the open one).
pub fn saved_text(pack_id: &str) -> Option<String> {
    local_storage()?.get_item(&key(pack_id)).ok().flatten()
}

/// Where schema 1 (before versioned records) kept progress.
fn key_v1(pack_id: &str) -> String {
    format!("puente.progress.v1.{pack_id}")
}

fn backup_key(pack_id: &str, at: u64) -> String {
    format!("puente.backup.{pack_id}.{at}")
}

/// Whether the last save reached storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// The browser's storage for this site is full.
    Full,
    /// Storage is disabled or refused (private mode, settings, or an unreadable record that could
    /// not be backed up first).
    Unavailable,
}

/// Saved data that could not be read: what, and the backup to offer for download.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub problems: Vec<Problem>,
    /// A JSON document with the original text and the problems found in it.
    pub backup: String,
}

/// What [`load`] found.
pub struct Loaded {
    pub progress: Progress,
    pub unreadable: Option<Unreadable>,
    pub status: SaveStatus,
    /// Set when saving must not start: the original could not be kept aside.
    blocked: bool,
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved progress of a pack, migrating older records.
pub fn load(pack_id: &str, pack_version: &str) -> Loaded {
    let fresh = Progress::new(pack_id, pack_version);
    let Some(storage) = local_storage() else {
        return Loaded {
            progress: fresh,
            unreadable: None,
            status: SaveStatus::Unavailable,
            blocked: false,
        };
    };
    let text = match storage.get_item(&key(pack_id)) {
        Ok(Some(text)) => Some(text),
        _ => storage.get_item(&key_v1(pack_id)).ok().flatten(),
    };
    let Some(text) = text else {
        return Loaded {
            progress: fresh,
            unreadable: None,
            status: SaveStatus::Saved,
            blocked: false,
        };
    };
    let decoded = decode(&text);
    let mut progress = decoded.progress.clone();
    progress.pack_id = pack_id.to_string();
    progress.pack_version = pack_version.to_string();
    if decoded.is_complete() {
        return Loaded {
            progress,
            unreadable: None,
            status: SaveStatus::Saved,
            blocked: false,
        };
    }
    let at = now();
    let backup = serde_json::json!({
        "format": "puente-progress-backup",
        "pack": pack_id,
        "kept_at": at,
        "problems": decoded.problems,
        "original": text,
    })
    .to_string();
    // Nothing may be saved over the original until a copy of it is safe.
    let kept = storage.set_item(&backup_key(pack_id, at), &backup).is_ok();
    Loaded {
        progress,
        unreadable: Some(Unreadable {
            problems: decoded.problems,
            backup,
        }),
        status: if kept {
            SaveStatus::Saved
        } else {
            SaveStatus::Unavailable
        },
        blocked: !kept,
    }
}

/// The saving side: debounced writes, flushes, and other tabs' changes.
#[derive(Clone)]
pub struct Store {
    inner: Rc<RefCell<Inner>>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

struct Inner {
    pack_id: String,
    /// Progress not yet written, and when the first of its changes happened.
    pending: Option<(Progress, f64)>,
    timer: Option<Timeout>,
    /// The text this tab last wrote or saw stored: anything else there came from another tab.
    known: Option<String>,
    blocked: bool,
    status: SaveStatus,
    on_merge: Callback<Progress>,
    on_status: Callback<SaveStatus>,
    _listeners: Vec<EventListener>,
}

impl Store {
    /// Starts saving for the pack `loaded` came from. `on_merge` receives progress written by
    /// other tabs; `on_status` hears when saving starts or stops working.
    pub fn new(
        pack_id: &str,
        loaded: &Loaded,
        on_merge: Callback<Progress>,
        on_status: Callback<SaveStatus>,
    ) -> Self {
        let store = Store {
            inner: Rc::new(RefCell::new(Inner {
                pack_id: pack_id.to_string(),
                pending: None,
                timer: None,
                known: local_storage().and_then(|s| s.get_item(&key(pack_id)).ok().flatten()),
                blocked: loaded.blocked,
                status: loaded.status,
                on_merge,
                on_status,
                _listeners: Vec::new(),
            })),
        };
        store.listen();
        store
    }

    fn listen(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        let mut listeners = Vec::new();
        // A closing tab gets `pagehide`; a tab sent to the background (and perhaps never seen
        // again on a phone) gets `visibilitychange`. Either way, write now.
        let weak = Rc::downgrade(&self.inner);
        listeners.push(EventListener::new(&window, "pagehide", move |_| {
            flush_weak(&weak);
        }));
        let weak = Rc::downgrade(&self.inner);
        let doc = document.clone();
        listeners.push(EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                    flush_weak(&weak);
                }
            },
        ));
        let weak = Rc::downgrade(&self.inner);
        listeners.push(EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let Some(inner) = weak.upgrade() else { return };
            let (ours, on_merge) = {
                let i = inner.borrow();
                (key(&i.pack_id), i.on_merge.clone())
            };
            if event.key().as_deref() != Some(ours.as_str()) {
                return;
            }
            let Some(text) = event.new_value() else {
                return;
            };
            inner.borrow_mut().known = Some(text.clone());
            let decoded = decode(&text);
            if !decoded.progress.is_empty() {
                on_merge.emit(decoded.progress);
            }
        }));
        self.inner.borrow_mut()._listeners = listeners;
    }

    /// Saves `progress` after a pause in changes.
    pub fn save_soon(&self, progress: &Progress) {
        let mut inner = self.inner.borrow_mut();
        let now = js_sys::Date::now();
        let first = match &inner.pending {
            Some((_, first)) => *first,
            None => now,
        };
        inner.pending = Some((progress.clone(), first));
        let delay = QUIET_MS.min(first + MAX_WAIT_MS - now).max(0.0);
        let weak = Rc::downgrade(&self.inner);
        inner.timer = Some(Timeout::new(delay as u32, move || flush_weak(&weak)));
    }

    /// Writes any pending progress now.
    pub fn flush(&self) {
        flush(&self.inner);
    }
}

impl Drop for Inner {
    /// A course being closed (the learner switched to another) writes what is still pending.
    fn drop(&mut self) {
        if let Some((progress, _)) = self.pending.take() {
            if !self.blocked {
                let _ = write(self, progress);
            }
        }
    }
}

fn flush_weak(weak: &Weak<RefCell<Inner>>) {
    if let Some(inner) = weak.upgrade() {
        flush(&inner);
    }
}

fn flush(inner: &Rc<RefCell<Inner>>) {
    let (result, on_merge, on_status, changed) = {
        let mut i = inner.borrow_mut();
        i.timer = None;
        let Some((progress, _)) = i.pending.take() else {
            return;
        };
        if i.blocked {
            // Keep it pending so a later flush can try again; the learner can download it.
            i.pending = Some((progress, js_sys::Date::now()));
            return;
        }
        let result = write(&mut i, progress.clone());
        let status = match &result {
            Ok(_) => SaveStatus::Saved,
            Err(status) => {
                i.pending = Some((progress.clone(), js_sys::Date::now()));
                *status
            }
        };
        let changed = status != i.status;
        i.status = status;
        (
            result.map(|merged| (merged != progress).then_some(merged)),
            i.on_merge.clone(),
            i.on_status.clone(),
            changed.then_some(status),
        )
    };
    if let Some(status) = changed {
        on_status.emit(status);
    }
    if let Ok(Some(merged)) = result {
        on_merge.emit(merged);
    }
}

/// Merges what is stored into `progress` and writes the result, which it returns.
fn write(inner: &mut Inner, mut progress: Progress) -> Result<Progress, SaveStatus> {
    let storage = local_storage().ok_or(SaveStatus::Unavailable)?;
    let key = key(&inner.pack_id);
    let stored = storage
        .get_item(&key)
        .map_err(|_| SaveStatus::Unavailable)?;
    // Another tab (or an older build, under the schema 1 key) wrote since this one last looked:
    // keep that work too.
    let theirs = match &stored {
        Some(text) => (inner.known.as_ref() != Some(text)).then(|| text.clone()),
        None => storage.get_item(&key_v1(&inner.pack_id)).ok().flatten(),
    };
    if let Some(text) = theirs {
        let decoded = decode(&text);
        if !decoded.is_complete() {
            let kept = storage
                .set_item(&backup_key(&inner.pack_id, now()), &text)
                .is_ok();
            if !kept {
                return Err(SaveStatus::Full);
            }
        }
        progress::merge(&mut progress, &decoded.progress);
    }
    let text = encode(&progress, None);
    if stored.as_ref() != Some(&text) {
        storage.set_item(&key, &text).map_err(|e| {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                SaveStatus::Full
            } else {
                SaveStatus::Unavailable
            }
        })?;
        // The record now lives under the current key; the schema 1 copy was migrated into it.
        let _ = storage.remove_item(&key_v1(&inner.pack_id));
    }
    inner.known = Some(text);
    Ok(progress)
}
