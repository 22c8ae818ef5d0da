//! Bringing an exported progress file into this device: check it, show what would change, and
//! keep the newer copy of each item.

use thiserror::Error;

use crate::model::Progress;
use crate::record::{decode, Decoded};
use crate::FORMAT;

/// Why a file cannot be imported at all.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ImportError {
    #[error("this file is not a Puente progress file: {0}")]
    Unreadable(String),
    #[error(
        "this file is not a Puente progress file (it has no \"format\": \"{FORMAT}\" field); \
         export your progress from Puente's \"Your progress\" page and import that file"
    )]
    NotProgress,
    #[error(
        "this file holds progress for the course \"{found}\", but you are studying \"{expected}\"; \
         open that course first, then import the file there"
    )]
    OtherPack { found: String, expected: String },
}

/// Reads an exported file for the pack `pack_id`. Entries that cannot be read are listed in the
/// result's `problems`; the file as a whole is refused only when it is not progress for this
/// pack.
pub fn import(text: &str, pack_id: &str) -> Result<Decoded, ImportError> {
    let decoded = decode(text);
    if let Some(whole) = decoded.problems.iter().find(|p| p.place.is_empty()) {
        return Err(ImportError::Unreadable(whole.reason.clone()));
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ImportError::Unreadable(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(ImportError::NotProgress);
    }
    if decoded.progress.pack_id != pack_id {
        return Err(ImportError::OtherPack {
            found: decoded.progress.pack_id.clone(),
            expected: pack_id.to_string(),
        });
    }
    Ok(decoded)
}

/// What importing does to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Only the file has it: it is added.
    Added,
    /// The file's copy is newer: it replaces this device's.
    Replaced,
    /// This device's copy is newer or the same: it stays.
    Kept,
}

/// One item of an import preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemChange {
    pub id: String,
    pub kind: ChangeKind,
}

/// What importing `incoming` over `current` would do, item by item, in id order.
pub fn preview(current: &Progress, incoming: &Progress) -> Vec<ItemChange> {
    let mut changes = Vec::new();
    for (id, theirs) in &incoming.exercises {
        let kind = match current.exercises.get(id) {
            None => ChangeKind::Added,
            Some(ours) if theirs.updated_at > ours.updated_at => ChangeKind::Replaced,
            Some(_) => ChangeKind::Kept,
        };
        changes.push(ItemChange {
            id: id.clone(),
            kind,
        });
    }
    for id in incoming.lessons.keys() {
        let kind = if current.lessons.contains_key(id) {
            ChangeKind::Kept
        } else {
            ChangeKind::Added
        };
        changes.push(ItemChange {
            id: id.clone(),
            kind,
        });
    }
    for (id, theirs) in &incoming.quizzes {
        let kind = match current.quizzes.get(id) {
            None => ChangeKind::Added,
            Some(ours) if !theirs.answered.is_subset(&ours.answered) => ChangeKind::Replaced,
            Some(_) => ChangeKind::Kept,
        };
        changes.push(ItemChange {
            id: id.clone(),
            kind,
        });
    }
    changes.sort_by(|a, b| a.id.cmp(&b.id));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Action;
    use crate::record::encode;

    fn edited(pack: &str, id: &str, code: &str, at: u64) -> Progress {
        let mut p = Progress::new(pack, "1.0.0");
        p.apply(Action::Edit {
            id: id.into(),
            code: code.into(),
            at,
        });
        p
    }

    #[test]
    fn a_file_for_another_pack_is_refused_by_name() {
        let file = encode(&edited("web-basics", "m/e", "x", 1), Some(2));
        let err = import(&file, "fundamentals").unwrap_err();
        assert_eq!(
            err,
            ImportError::OtherPack {
                found: "web-basics".into(),
                expected: "fundamentals".into()
            }
        );
        assert!(err.to_string().contains("\"web-basics\""));
    }

    #[test]
    fn files_that_are_not_progress_are_refused() {
        assert!(matches!(
            import("{\"exercises\":{}}", "p"),
            Err(ImportError::NotProgress)
        ));
        assert!(matches!(
            import("not json", "p"),
            Err(ImportError::Unreadable(_))
        ));
    }

    #[test]
    fn the_preview_says_what_is_added_replaced_and_kept() {
        let mut current = edited("p", "m/old", "mine", 10);
        current.apply(Action::Edit {
            id: "m/both".into(),
            code: "mine, newer".into(),
            at: 30,
        });
        let mut file = edited("p", "m/new", "theirs", 5);
        file.apply(Action::Edit {
            id: "m/old".into(),
            code: "theirs, newer".into(),
            at: 20,
        });
        file.apply(Action::Edit {
            id: "m/both".into(),
            code: "theirs, older".into(),
            at: 25,
        });
        let incoming = import(&encode(&file, Some(40)), "p").unwrap().progress;
        let kinds: Vec<_> = preview(&current, &incoming)
            .into_iter()
            .map(|c| (c.id, c.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("m/both".to_string(), ChangeKind::Kept),
                ("m/new".to_string(), ChangeKind::Added),
                ("m/old".to_string(), ChangeKind::Replaced),
            ]
        );
        current.apply(Action::Merge(Box::new(incoming)));
        assert_eq!(
            current.exercise("m/old").code.as_deref(),
            Some("theirs, newer")
        );
        assert_eq!(
            current.exercise("m/both").code.as_deref(),
            Some("mine, newer")
        );
        assert_eq!(current.exercise("m/new").code.as_deref(), Some("theirs"));
    }
}
