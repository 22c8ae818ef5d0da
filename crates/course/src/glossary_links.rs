//! Links a lesson's words to the glossary: the first use of each term in a lesson becomes a
//! link to its entry, titled with the Spanish term and definition, so a learner reading in
//! English is one hover or tap from the Spanish.

use std::collections::HashSet;

use crate::model::Term;

/// Elements whose text is not prose: code, existing links, headings.
const SKIP: [&str; 7] = ["code", "pre", "a", "h1", "h2", "h3", "button"];

/// Rewrites `html` (sanitized lesson HTML) so the first use of each term in `terms` not yet in
/// `linked` links to `#/glossary/TERM`. `linked` carries over between a lesson's parts.
pub fn link_terms(html: &str, terms: &[Term], linked: &mut HashSet<String>) -> String {
    // Longer terms first, so "arrow function" wins over "function".
    let mut order: Vec<&Term> = terms.iter().filter(|t| t.term.len() >= 3).collect();
    order.sort_by_key(|t| std::cmp::Reverse(t.term.len()));
    let mut out = String::with_capacity(html.len());
    let mut skip_depth = 0usize;
    let mut rest = html;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            let name: String = tag
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            if SKIP.contains(&name.as_str()) && !tag.ends_with("/>") {
                if tag.starts_with("</") {
                    skip_depth = skip_depth.saturating_sub(1);
                } else {
                    skip_depth += 1;
                }
            }
            out.push_str(tag);
            rest = &rest[end..];
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        if skip_depth == 0 {
            out.push_str(&link_text(text, &order, linked));
        } else {
            out.push_str(text);
        }
        rest = &rest[end..];
    }
    out
}

/// Links the first whole-word use of each not-yet-linked term in one text run.
fn link_text(text: &str, terms: &[&Term], linked: &mut HashSet<String>) -> String {
    // (start, end, term) of each link, not overlapping, in text order.
    let mut spans: Vec<(usize, usize, &Term)> = Vec::new();
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        // Lowercasing changed byte offsets (rare letters); leave this run alone.
        return text.to_string();
    }
    for term in terms {
        let key = term.term.to_lowercase();
        if linked.contains(&key) {
            continue;
        }
        let found = lower.match_indices(&key).find(|(at, _)| {
            let end = at + key.len();
            let before = lower[..*at].chars().next_back();
            let after = lower[end..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '_');
            boundary(before)
                && boundary(after)
                && !spans.iter().any(|(s, e, _)| *at < *e && end > *s)
        });
        if let Some((at, _)) = found {
            spans.push((at, at + key.len(), term));
            linked.insert(key);
        }
    }
    spans.sort_by_key(|(s, _, _)| *s);
    let mut out = String::with_capacity(text.len() + spans.len() * 80);
    let mut at = 0;
    for (start, end, term) in spans {
        out.push_str(&text[at..start]);
        out.push_str(&format!(
            "<a class=\"glossary-term\" href=\"#/glossary/{}\" title=\"{}\">{}</a>",
            slug(&term.term),
            attribute(&tooltip(term)),
            &text[start..end]
        ));
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// "término: definición", the Spanish when there is one.
fn tooltip(term: &Term) -> String {
    let definition = if term.definition_es_html.is_empty() {
        &term.definition_html
    } else {
        &term.definition_es_html
    };
    format!("{}: {}", term.es, strip_tags(definition))
}

/// The glossary route's name for a term: lowercase, words joined by dashes.
pub fn slug(term: &str) -> String {
    term.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Text for a double-quoted attribute. Entities already in the text (`&amp;`) stay as they are.
fn attribute(text: &str) -> String {
    text.replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(en: &str, es: &str) -> Term {
        Term {
            term: en.into(),
            es: es.into(),
            definition_html: format!("A <em>{en}</em>."),
            definition_es_html: format!("Un <em>{es}</em>."),
        }
    }

    #[test]
    fn the_first_use_of_a_term_links_outside_code_and_headings() {
        let terms = [
            term("function", "función"),
            term("arrow function", "función flecha"),
        ];
        let mut linked = HashSet::new();
        let html = "<h1>A function</h1><p>An <code>arrow function</code> is an arrow function. A function too. Functions.</p>";
        let out = link_terms(html, &terms, &mut linked);
        assert_eq!(
            out,
            "<h1>A function</h1><p>An <code>arrow function</code> is an <a class=\"glossary-term\" href=\"#/glossary/arrow-function\" title=\"función flecha: Un función flecha.\">arrow function</a>. A <a class=\"glossary-term\" href=\"#/glossary/function\" title=\"función: Un función.\">function</a> too. Functions.</p>"
        );
        // Later parts of the same lesson do not link the same terms again.
        let again = link_terms("<p>function</p>", &terms, &mut linked);
        assert_eq!(again, "<p>function</p>");
    }

    #[test]
    fn slugs_are_route_safe() {
        assert_eq!(slug("Arrow function"), "arrow-function");
        assert_eq!(slug("`this`"), "this");
    }
}
