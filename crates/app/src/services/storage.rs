//! Saves progress in localStorage, one key per pack, so it survives reloads and restarts.

use gloo::storage::{LocalStorage, Storage};

use crate::state::Progress;

fn key(pack_id: &str) -> String {
    format!("puente.progress.v1.{pack_id}")
}

/// Loads saved progress; unreadable or missing data starts fresh rather than failing.
pub fn load(pack_id: &str) -> Progress {
    LocalStorage::get(key(pack_id)).unwrap_or_default()
}

/// Saves progress. Failure (storage full or disabled) is reported on the console: the page keeps
/// working and the learner's code stays in memory.
pub fn save(pack_id: &str, progress: &Progress) {
    if let Err(e) = LocalStorage::set(key(pack_id), progress) {
        gloo::console::warn!(format!("progress could not be saved: {e}"));
    }
}
