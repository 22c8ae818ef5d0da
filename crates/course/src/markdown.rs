//! Markdown to HTML that is safe to inject into the page: packs may come from strangers, so raw
//! HTML is shown as text and script-bearing links are dropped.

use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// Renders pack Markdown to HTML with raw HTML escaped and `javascript:` (and similar) links removed.
pub fn to_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut dropped_links = Vec::new();
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let unsafe_url = is_script_url(&dest_url);
            dropped_links.push(unsafe_url);
            (!unsafe_url).then_some(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::End(TagEnd::Link) => {
            let dropped = dropped_links.pop().unwrap_or(false);
            (!dropped).then_some(Event::End(TagEnd::Link))
        }
        Event::Start(Tag::Image {
            dest_url, title, ..
        }) if is_script_url(&dest_url) => Some(Event::Start(Tag::Image {
            link_type: LinkType::Inline,
            dest_url: CowStr::Borrowed(""),
            title,
            id: CowStr::Borrowed(""),
        })),
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    out
}

/// Renders a short piece of Markdown (a hint) without the wrapping paragraph.
pub fn inline_to_html(markdown: &str) -> String {
    let html = to_html(markdown);
    let trimmed = html.trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html,
    }
}

fn is_script_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .flat_map(char::to_lowercase)
        .collect();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|scheme| cleaned.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_common_markdown() {
        let html = to_html("# Title\n\nSome *text* and `code`.\n\n```js\nlet x = 1;\n```\n");
        assert!(html.contains("<h1>Title</h1>"));
        assert!(html.contains("<em>text</em>"));
        assert!(html.contains("<code>code</code>"));
        assert!(html.contains("class=\"language-js\""));
    }

    #[test]
    fn escapes_raw_html() {
        let html = to_html("Hi <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n");
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(!html.contains("<div"), "{html}");
    }

    #[test]
    fn drops_javascript_links_but_keeps_their_text() {
        let html = to_html(
            "[click](javascript:alert(1)) and [ok](https://example.org) [x]( JaVaScRiPt:void(0))",
        );
        assert!(!html.to_lowercase().contains("javascript:"), "{html}");
        assert!(html.contains("click"));
        assert!(html.contains("<a href=\"https://example.org\">ok</a>"));
    }

    #[test]
    fn inline_strips_the_paragraph() {
        assert_eq!(inline_to_html("Use `return`."), "Use <code>return</code>.");
    }
}
