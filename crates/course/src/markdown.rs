//! Markdown to HTML that is safe to inject into the page: packs may come from strangers, so raw
//! HTML is shown as text and script-bearing links are dropped.

use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use crate::model::LessonPart;

/// Renders pack Markdown to HTML with raw HTML escaped and `javascript:` (and similar) links removed.
pub fn to_html(markdown: &str) -> String {
    render(Parser::new_ext(markdown, OPTIONS), markdown.len())
}

/// Renders a lesson body, cutting it at every fenced block marked `js runnable` (optionally
/// `js runnable throws`), which becomes an [`LessonPart::Example`]. `first_line` is the line of
/// the file where `markdown` starts, so examples know their line in the file.
pub fn to_lesson_parts(markdown: &str, first_line: u32) -> Vec<LessonPart> {
    let mut parts = Vec::new();
    let mut pending: Vec<Event> = Vec::new();
    let mut example: Option<(String, bool, u32)> = None;
    for (event, range) in Parser::new_ext(markdown, OPTIONS).into_offset_iter() {
        match (&mut example, event) {
            (None, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))) => {
                match runnable(&info) {
                    Some(throws) => {
                        let line =
                            first_line + markdown[..range.start].matches('\n').count() as u32;
                        example = Some((String::new(), throws, line));
                    }
                    None => pending.push(Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))),
                }
            }
            (Some((code, _, _)), Event::Text(text)) => code.push_str(&text),
            (Some(_), Event::End(TagEnd::CodeBlock)) => {
                let (code, throws, line) = example.take().expect("inside an example");
                if !pending.is_empty() {
                    let html = render(pending.drain(..), markdown.len());
                    parts.push(LessonPart::Html { html });
                }
                parts.push(LessonPart::Example { code, throws, line });
            }
            (Some(_), _) => {}
            (None, event) => pending.push(event),
        }
    }
    if !pending.is_empty() {
        parts.push(LessonPart::Html {
            html: render(pending.into_iter(), markdown.len()),
        });
    }
    parts
}

/// `Some(throws)` when a fence's info string marks a runnable JavaScript example.
fn runnable(info: &str) -> Option<bool> {
    let mut words = info.split_whitespace();
    let lang = words.next()?;
    let flags: Vec<&str> = words.collect();
    (matches!(lang, "js" | "javascript") && flags.contains(&"runnable"))
        .then(|| flags.contains(&"throws"))
}

const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

fn render<'a>(events: impl Iterator<Item = Event<'a>>, size_hint: usize) -> String {
    let mut dropped_links = Vec::new();
    let events = events.filter_map(|event| match event {
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
    let mut out = String::with_capacity(size_hint * 3 / 2);
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
    fn runnable_blocks_become_examples_with_their_line() {
        let md = "# T\n\nIntro.\n\n```js runnable\nconsole.log(1);\n```\n\nMiddle <b>.\n\n```js runnable throws\nnull.x;\n```\n\n```js\nplain();\n```\n";
        let parts = to_lesson_parts(md, 4);
        assert_eq!(parts.len(), 5, "{parts:?}");
        assert!(matches!(&parts[0], LessonPart::Html { html } if html.contains("Intro")));
        assert_eq!(
            parts[1],
            LessonPart::Example {
                code: "console.log(1);\n".into(),
                throws: false,
                line: 8
            }
        );
        assert!(matches!(&parts[2], LessonPart::Html { html } if html.contains("&lt;b&gt;")));
        assert!(matches!(
            &parts[3],
            LessonPart::Example { throws: true, .. }
        ));
        assert!(matches!(&parts[4], LessonPart::Html { html } if html.contains("plain()")));
    }

    #[test]
    fn inline_strips_the_paragraph() {
        assert_eq!(inline_to_html("Use `return`."), "Use <code>return</code>.");
    }
}
