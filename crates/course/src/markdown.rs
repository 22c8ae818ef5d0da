//! Markdown to HTML that is safe to inject into the page: packs may come from strangers, so raw
//! HTML is shown as text, and links and images keep only URLs on a short allowlist.

use std::collections::BTreeMap;

use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::model::LessonPart;

/// The address each of a file's own images is shown from, by the address the Markdown gives
/// (`images/paused.png` → `assets/3f2a….png`); see [`crate::assets`].
pub type ImageUrls = BTreeMap<String, String>;

/// Renders pack Markdown to HTML with raw HTML escaped; links and images whose URL is not http,
/// https, mailto or relative are dropped, their text kept.
pub fn to_html(markdown: &str) -> String {
    to_html_with(markdown, &ImageUrls::new())
}

/// [`to_html`], showing the pack's own images from the addresses in `images`.
pub fn to_html_with(markdown: &str, images: &ImageUrls) -> String {
    render(Parser::new_ext(markdown, OPTIONS), markdown.len(), images)
}

/// The images a Markdown text shows from files of its own (relative addresses), each with the
/// byte offset where it is written, in order.
pub fn local_images(markdown: &str) -> Vec<(String, usize)> {
    Parser::new_ext(markdown, OPTIONS)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Image { dest_url, .. }) if is_local(&dest_url) => {
                Some((dest_url.to_string(), range.start))
            }
            _ => None,
        })
        .collect()
}

/// A relative address that names a file (not a fragment, a query or a path from the site's root).
fn is_local(url: &str) -> bool {
    !url.contains(':') && !url.starts_with(['#', '?', '/']) && !url.trim().is_empty()
}

/// Renders a lesson body, cutting it at every fenced block marked `js runnable` (optionally
/// `js runnable throws`), which becomes an [`LessonPart::Example`]. One marked `js runnable page`
/// runs in a page made from the lesson's last `html` block before it, styled by the `css` blocks
/// between that block and the example. `first_line` is the line of
/// the file where `markdown` starts, so examples know their line in the file.
pub fn to_lesson_parts(markdown: &str, first_line: u32) -> Vec<LessonPart> {
    to_lesson_parts_with(markdown, first_line, &ImageUrls::new())
}

/// [`to_lesson_parts`], showing the pack's own images from the addresses in `images`.
pub fn to_lesson_parts_with(
    markdown: &str,
    first_line: u32,
    images: &ImageUrls,
) -> Vec<LessonPart> {
    let mut parts = Vec::new();
    let mut pending: Vec<Event> = Vec::new();
    let mut example: Option<(String, Flags, u32)> = None;
    // The text of the last `html` block, and whether one is being read now.
    let mut last_html: Option<String> = None;
    let mut in_html = false;
    // The `css` blocks since that `html` block, and whether one is being read now.
    let mut css = String::new();
    let mut in_css = false;
    // Lines are counted from the previous example on, not from the start each time, so a lesson
    // with very many examples still renders in linear time.
    let (mut counted_to, mut line) = (0, first_line);
    for (event, range) in Parser::new_ext(markdown, OPTIONS).into_offset_iter() {
        match (&mut example, event) {
            (None, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info)))) => {
                match runnable(&info) {
                    Some(flags) => {
                        let newlines = markdown
                            .get(counted_to..range.start)
                            .map_or(0, |skipped| skipped.matches('\n').count());
                        counted_to = counted_to.max(range.start);
                        // The caller may start anywhere; a line past u32::MAX stays at the end
                        // rather than wrapping to the top of the file.
                        line = line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
                        example = Some((String::new(), flags, line));
                    }
                    None => {
                        match info.split_whitespace().next() {
                            Some("html") => {
                                in_html = true;
                                last_html = Some(String::new());
                                css.clear();
                            }
                            Some("css") => in_css = true,
                            _ => {}
                        }
                        pending.push(Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))))
                    }
                }
            }
            (Some((code, _, _)), Event::Text(text)) => code.push_str(&text),
            (Some(_), Event::End(TagEnd::CodeBlock)) => {
                if let Some((code, flags, line)) = example.take() {
                    if !pending.is_empty() {
                        let html = render(pending.drain(..), markdown.len(), images);
                        parts.push(LessonPart::Html { html });
                    }
                    let page = flags.page.then(|| {
                        let html = last_html.clone().unwrap_or_default();
                        if css.is_empty() {
                            html
                        } else {
                            format!(
                                "{html}<style>\n{}</style>\n",
                                css.replace("</style", "<\\/style")
                            )
                        }
                    });
                    parts.push(LessonPart::Example {
                        code,
                        throws: flags.throws,
                        line,
                        page,
                    });
                }
            }
            (Some(_), _) => {}
            (None, event) => {
                match &event {
                    Event::Text(text) if in_html => {
                        if let Some(html) = last_html.as_mut() {
                            html.push_str(text);
                        }
                    }
                    Event::Text(text) if in_css => css.push_str(text),
                    Event::End(TagEnd::CodeBlock) => {
                        in_html = false;
                        in_css = false;
                    }
                    _ => {}
                }
                pending.push(event)
            }
        }
    }
    if !pending.is_empty() {
        parts.push(LessonPart::Html {
            html: render(pending.into_iter(), markdown.len(), images),
        });
    }
    parts
}

/// How a runnable example runs.
struct Flags {
    /// It throws on purpose, to show an error.
    throws: bool,
    /// It runs in a page.
    page: bool,
}

/// `Some(flags)` when a fence's info string marks a runnable JavaScript example.
fn runnable(info: &str) -> Option<Flags> {
    let mut words = info.split_whitespace();
    let lang = words.next()?;
    let flags: Vec<&str> = words.collect();
    (matches!(lang, "js" | "javascript") && flags.contains(&"runnable")).then(|| Flags {
        throws: flags.contains(&"throws"),
        page: flags.contains(&"page"),
    })
}

const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

fn render<'a>(
    events: impl Iterator<Item = Event<'a>>,
    size_hint: usize,
    images: &ImageUrls,
) -> String {
    // One entry per open link or image, true when its tags were dropped, so the matching end
    // tag is dropped too; the text inside stays, as plain text.
    let mut dropped = Vec::new();
    let events = events.filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
            let allowed = match &tag {
                Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                    is_allowed_url(dest_url)
                }
                _ => true,
            };
            dropped.push(!allowed);
            let tag = match tag {
                Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                } => {
                    let dest_url = images
                        .get(dest_url.as_ref())
                        .map_or(dest_url, |url| CowStr::from(url.clone()));
                    Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }
                }
                other => other,
            };
            allowed.then_some(Event::Start(tag))
        }
        Event::End(tag @ (TagEnd::Link | TagEnd::Image)) => {
            let was_dropped = dropped.pop().unwrap_or(false);
            (!was_dropped).then_some(Event::End(tag))
        }
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

/// Whether a link or image URL may be kept: http, https and mailto, or a relative URL (a path or
/// a fragment). Anything else that a browser could read as a scheme is refused, whatever it is,
/// so new or obscure schemes are refused too.
fn is_allowed_url(url: &str) -> bool {
    // Browsers drop tabs and newlines anywhere in a URL and trim spaces and control characters
    // around it before they look for the scheme; removing more than they do only makes the
    // scheme check stricter.
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    // A colon before any `/`, `?` or `#` is what makes a browser read a scheme; with none there,
    // the URL is relative.
    match cleaned.find([':', '/', '?', '#']) {
        Some(end) if cleaned[end..].starts_with(':') => {
            let scheme = &cleaned[..end];
            ["http", "https", "mailto"]
                .iter()
                .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
        }
        _ => true,
    }
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

    /// The link is gone but its text is still shown.
    fn assert_link_dropped(markdown: &str) {
        let html = to_html(markdown);
        assert!(!html.contains("<a"), "{markdown:?} gave {html}");
        assert!(html.contains("click"), "{markdown:?} lost its text: {html}");
    }

    fn assert_link_kept(markdown: &str, href: &str) {
        let html = to_html(markdown);
        assert!(
            html.contains(&format!("<a href=\"{href}\">click</a>")),
            "{markdown:?} gave {html}"
        );
    }

    #[test]
    fn keeps_web_and_mail_links() {
        assert_link_kept("[click](http://example.org)", "http://example.org");
        assert_link_kept(
            "[click](https://example.org/a?b=c#d)",
            "https://example.org/a?b=c#d",
        );
        assert_link_kept("[click](HTTPS://EXAMPLE.ORG)", "HTTPS://EXAMPLE.ORG");
        assert_link_kept(
            "[click](mailto:team@example.org)",
            "mailto:team@example.org",
        );
        assert_link_kept("[click](<https://example.org>)", "https://example.org");
        assert_link_kept(
            "[click][ref]\n\n[ref]: https://example.org\n",
            "https://example.org",
        );
    }

    #[test]
    fn keeps_relative_links_and_fragments() {
        for url in [
            "next.md",
            "./next.md",
            "../basics/intro.md",
            "/about",
            "#exercises",
            "?tab=2",
            "lessons/a:b",
            "page?time=10:30",
            "page#at:1",
            "",
        ] {
            assert_link_kept(&format!("[click](<{url}>)"), url);
        }
    }

    #[test]
    fn email_autolinks_become_mailto_links() {
        let html = to_html("Write to <team@example.org>.");
        assert!(
            html.contains("<a href=\"mailto:team@example.org\">team@example.org</a>"),
            "{html}"
        );
    }

    #[test]
    fn drops_script_and_other_schemes() {
        for url in [
            "javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "data:text/html;base64,PHNjcmlwdD4=",
            "file:///etc/passwd",
            "blob:https://example.org/uuid",
            "ftp://example.org/file",
            "steam://run/1",
            "ms-settings:privacy",
            "tel:+15550100",
            "localhost:8080",
            "x:",
        ] {
            assert_link_dropped(&format!("[click]({url})"));
        }
    }

    #[test]
    fn drops_obfuscated_script_links() {
        for markdown in [
            "[click](JaVaScRiPt:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](< javascript:alert(1)>)",
            "[click](<\tjavascript:alert(1)>)",
            "[click](<java\tscript:alert(1)>)",
            "[click](<javascript :alert(1)>)",
            // Entities are decoded before the URL is checked.
            "[click](&#106;avascript:alert(1))",
            "[click](&#x6A;&#x61;vascript:alert(1))",
            "[click](javascript&colon;alert(1))",
            "[click](java&#9;script:alert(1))",
            "[click](java&NewLine;script:alert(1))",
            "[click](&#1;javascript:alert(1))",
            "[click](&#0;javascript:alert(1))",
            "[click](&#x20;javascript:alert(1))",
            "[click](\\javascript:alert(1))",
            // Other ways to write a link.
            "[click][ref]\n\n[ref]: javascript:alert(1)\n",
            "[click]\n\n[click]: javascript:alert(1)\n",
            "[click](javascript:alert(1) \"title\")",
        ] {
            assert_link_dropped(markdown);
        }
    }

    #[test]
    fn drops_script_autolinks() {
        for markdown in [
            "<javascript:alert(1)>",
            "<JaVaScRiPt:alert(1)>",
            "<data:text/html,x>",
        ] {
            let html = to_html(markdown);
            assert!(!html.contains("<a"), "{markdown:?} gave {html}");
            assert!(
                !html.to_lowercase().contains("href"),
                "{markdown:?} gave {html}"
            );
        }
        let html = to_html("<https://example.org>");
        assert!(html.contains("<a href=\"https://example.org\">"), "{html}");
    }

    #[test]
    fn keeps_images_with_allowed_sources() {
        let html = to_html("![a cat](https://example.org/cat.png) ![map](img/map.png)");
        assert!(
            html.contains("<img src=\"https://example.org/cat.png\" alt=\"a cat\" />"),
            "{html}"
        );
        assert!(
            html.contains("<img src=\"img/map.png\" alt=\"map\" />"),
            "{html}"
        );
    }

    #[test]
    fn drops_images_with_other_sources_but_shows_their_text() {
        for markdown in [
            "![a cat](javascript:alert(1))",
            "![a cat](data:image/svg+xml,<svg onload=alert(1)>)",
            "![a cat](data:image/png;base64,iVBORw0KGgo=)",
            "![a cat](file:///etc/passwd)",
            "![a cat](&#106;avascript:alert(1))",
            "![a cat][img]\n\n[img]: vbscript:x\n",
        ] {
            let html = to_html(markdown);
            assert!(!html.contains("<img"), "{markdown:?} gave {html}");
            assert!(html.contains("a cat"), "{markdown:?} lost its text: {html}");
        }
    }

    #[test]
    fn links_and_images_inside_each_other_are_judged_apart() {
        let html = to_html("[![a cat](javascript:x)](https://example.org)");
        assert!(
            html.contains("<a href=\"https://example.org\">a cat</a>"),
            "{html}"
        );
        let html = to_html("[![a cat](https://example.org/cat.png)](javascript:x)");
        assert!(!html.contains("<a"), "{html}");
        assert!(
            html.contains("<img src=\"https://example.org/cat.png\""),
            "{html}"
        );
        let html = to_html("[**bold** and [inner](javascript:x)](https://example.org) after");
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("after"), "{html}");
    }

    #[test]
    fn a_page_example_runs_in_the_last_html_block_before_it() {
        let md = "```html\n<h1>Hola</h1>\n```\n\n```js runnable page\ndocument.title\n```\n\n```js runnable\n1\n```\n";
        let pages: Vec<Option<String>> = to_lesson_parts(md, 1)
            .into_iter()
            .filter_map(|p| match p {
                LessonPart::Example { page, .. } => Some(page),
                LessonPart::Html { .. } => None,
            })
            .collect();
        assert_eq!(pages, [Some("<h1>Hola</h1>\n".to_string()), None]);

        // The `css` blocks after that `html` block style its page; a new `html` block starts over.
        let md = "```html\n<p>A</p>\n```\n\n```css\np { color: teal; }\n```\n\n```js runnable page\n1\n```\n\n```html\n<p>B</p>\n```\n\n```js runnable page\n2\n```\n";
        let pages: Vec<String> = to_lesson_parts(md, 1)
            .into_iter()
            .filter_map(|p| match p {
                LessonPart::Example { page, .. } => page,
                _ => None,
            })
            .collect();
        assert_eq!(
            pages,
            [
                "<p>A</p>\n<style>\np { color: teal; }\n</style>\n",
                "<p>B</p>\n"
            ]
        );
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
                line: 8,
                page: None,
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
    fn example_lines_near_the_largest_line_number_do_not_overflow() {
        let parts = to_lesson_parts("\n[[questions]]\n```js runnable throws\n", u32::MAX);
        assert!(
            matches!(
                &parts[..],
                [
                    LessonPart::Html { .. },
                    LessonPart::Example {
                        line: u32::MAX,
                        throws: true,
                        ..
                    }
                ]
            ),
            "{parts:?}"
        );
        let parts = to_lesson_parts("a\n\n```js runnable\nx\n```\n", u32::MAX - 1);
        assert!(
            matches!(&parts[..], [_, LessonPart::Example { line: u32::MAX, .. }]),
            "{parts:?}"
        );
    }

    #[test]
    fn example_lines_count_from_the_previous_example() {
        let md = "# T\n\n```js runnable\na\n```\n\ntext\n\n```js runnable\nb\n```\n```js runnable\nc\n```\n";
        let lines: Vec<u32> = to_lesson_parts(md, 10)
            .into_iter()
            .filter_map(|p| match p {
                LessonPart::Example { line, .. } => Some(line),
                LessonPart::Html { .. } => None,
            })
            .collect();
        assert_eq!(lines, [12, 18, 21]);
    }

    #[test]
    fn inline_strips_the_paragraph() {
        assert_eq!(inline_to_html("Use `return`."), "Use <code>return</code>.");
    }
}
