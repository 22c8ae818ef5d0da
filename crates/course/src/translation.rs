//! Spanish translations that a pack may carry next to its English text: `LESSON.es.md` beside
//! a lesson, `instructions.es.md`, `title_es` and `hints_es` in an exercise. Each translated
//! file names the English text it was made from by a short hash (`source` in a lesson's front
//! matter, a `<!-- source: … -->` first line in instructions), so `puente check` can say when
//! the English changed and the translation did not.

use sha2::{Digest, Sha256};

/// What a Spanish lesson file's name ends with.
pub const SPANISH_LESSON_SUFFIX: &str = ".es.md";

/// The Spanish instructions of an exercise.
pub const SPANISH_INSTRUCTIONS: &str = "instructions.es.md";

/// The short hash a translation records of its English source: the first 12 hex digits of
/// the text's SHA-256, with line endings normalized so a checkout's CRLF does not matter.
pub fn source_hash(english: &str) -> String {
    let normalized = english.replace("\r\n", "\n");
    let digest = Sha256::digest(normalized.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// The hash named by a `<!-- source: HASH -->` first line, and the text after that line.
pub fn split_source_comment(text: &str) -> (Option<&str>, &str) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let hash = first
        .trim()
        .strip_prefix("<!--")
        .and_then(|c| c.strip_suffix("-->"))
        .and_then(|c| c.trim().strip_prefix("source:"))
        .map(str::trim);
    match hash {
        Some(hash) => (Some(hash), rest),
        None => (None, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_short_stable_and_ignores_line_endings() {
        let a = source_hash("# Hola\n\nTexto.\n");
        assert_eq!(a.len(), 12);
        assert_eq!(a, source_hash("# Hola\r\n\r\nTexto.\r\n"));
        assert_ne!(a, source_hash("# Hola\n\nOtro texto.\n"));
    }

    #[test]
    fn the_source_comment_is_read_from_the_first_line_only() {
        assert_eq!(
            split_source_comment("<!-- source: abc123 -->\nEscribe `saludar`.\n"),
            (Some("abc123"), "Escribe `saludar`.\n")
        );
        assert_eq!(split_source_comment("Escribe.\n").0, None);
    }
}
