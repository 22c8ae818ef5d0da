//! Where in a file a problem is: line numbers from offsets, keys, tables and quoted values.

/// Splits `+++`-delimited TOML front matter from a lesson: (front matter, body, body's first
/// line number). `Some(Err(()))` when the front matter is never closed.
pub(super) fn split_front_matter(text: &str) -> (Option<Result<&str, ()>>, &str, usize) {
    let Some(rest) = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
    else {
        return (None, text, 1);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            // A closing `+++` without a newline ends the file, so the (empty) body is on its line.
            let body_line = 2 + front.matches('\n').count() + usize::from(line.ends_with('\n'));
            return (Some(Ok(front)), body, body_line);
        }
        offset += line.len();
    }
    (Some(Err(())), text, 1)
}

pub(super) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line where `key = ...` is set, to point at a value that parsed but is not acceptable.
pub(super) fn find_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

/// The line of the `n`th (from 0) `[[table]]` header.
pub(super) fn find_nth_table(text: &str, header: &str, n: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .nth(n)
        .map(|(i, _)| i + 1)
}

/// The line where the string `"value"` appears, to point at one entry of a list.
pub(super) fn find_quoted(text: &str, value: &str) -> Option<usize> {
    let dq = format!("\"{value}\"");
    let sq = format!("'{value}'");
    text.lines()
        .position(|l| l.contains(&dq) || l.contains(&sq))
        .map(|i| i + 1)
}
