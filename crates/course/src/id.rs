/// Whether `id` is a valid pack, module, lesson or exercise id: lowercase ASCII letters, digits
/// and single dashes, starting with a letter or digit. Ids become URL parts and storage keys,
/// so they must be stable and plain.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn accepts_kebab_case() {
        assert!(is_valid_id("say-hello"));
        assert!(is_valid_id("loops-2"));
        assert!(is_valid_id("a"));
    }

    #[test]
    fn rejects_other_shapes() {
        for bad in ["", "Say", "say_hello", "-x", "x-", "a--b", "día", "a b"] {
            assert!(!is_valid_id(bad), "{bad:?} should be rejected");
        }
    }
}
