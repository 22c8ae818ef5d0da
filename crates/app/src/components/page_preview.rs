//! A page exercise's page: a live preview of the learner's page, rendered by the browser in a
//! sandboxed frame, and its HTML and CSS to read. The frame (`preview.html`) runs with
//! `sandbox="allow-scripts"` and no same-origin access, so the learner's script cannot reach
//! Puente's storage, cookies or page; its own content security policy keeps it off the network,
//! and `fetch` there answers from the exercise's routes, as in grading. Each update reloads the
//! frame, which asks for the page by message and writes it.

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlIFrameElement, MessageEvent};
use yew::prelude::*;

use crate::i18n::{t, Text};

/// How long typing must pause before the preview reloads: each reload restarts the page.
const SETTLE_MS: u32 = 400;

#[derive(Properties, PartialEq)]
pub struct PagePreviewProps {
    pub page: course::ExercisePage,
    /// The learner's file as typed: the page's script, or its HTML or style sheet (`page.edit`).
    pub code: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Preview,
    Html,
    Css,
}

#[function_component(PagePreview)]
pub fn page_preview(props: &PagePreviewProps) -> Html {
    let tab = use_state(|| Tab::Preview);
    let shown = use_state(|| props.code.clone());
    // Bumped with every update: a new frame starts the page afresh.
    let loads = use_state(|| 0u32);
    let pending = use_mut_ref(|| None::<Timeout>);
    let frame = use_node_ref();
    {
        let shown = shown.clone();
        let loads = loads.clone();
        use_effect_with(props.code.clone(), move |code| {
            let code = code.clone();
            let timer = Timeout::new(SETTLE_MS, move || {
                if *shown != code {
                    shown.set(code);
                    loads.set(*loads + 1);
                }
            });
            *pending.borrow_mut() = Some(timer);
        });
    }
    let document = compose(&props.page, &shown);
    {
        let frame = frame.clone();
        use_effect_with(document.clone(), move |document| {
            let document = document.clone();
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "message", move |event| {
                    let Some(event) = event.dyn_ref::<MessageEvent>() else {
                        return;
                    };
                    let Some(frame) = frame.cast::<HtmlIFrameElement>() else {
                        return;
                    };
                    let ours = frame.content_window().is_some_and(|w| {
                        event
                            .source()
                            .is_some_and(|s| JsValue::from(s) == JsValue::from(w))
                    });
                    if ours && event.data().as_string().as_deref() == Some("puente-preview-ready") {
                        if let Some(w) = frame.content_window() {
                            let _ = w.post_message(&JsValue::from_str(&document), "*");
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    let select = |which: Tab| {
        let tab = tab.clone();
        Callback::from(move |_| tab.set(which))
    };
    let tab_button = |which: Tab, label: String| {
        html! {
            <button role="tab" class="tab" aria-selected={(*tab == which).to_string()}
                onclick={select(which)}>{ label }</button>
        }
    };
    html! {
        <section class="page-preview" aria-label={t(Text::ThePage)}>
            <div role="tablist" class="tabs">
                { tab_button(Tab::Preview, t(Text::PreviewTab).to_string()) }
                // The file the learner writes is in the editor, not here.
                if props.page.edit != course::PageEdit::Html {
                    { tab_button(Tab::Html, "index.html".to_string()) }
                }
                if !props.page.css.is_empty() && props.page.edit != course::PageEdit::Css {
                    { tab_button(Tab::Css, "style.css".to_string()) }
                }
            </div>
            <div role="tabpanel" class="tab-panel">
                {
                    match *tab {
                        Tab::Preview => html! {
                            <>
                                <iframe key={*loads} class="preview-frame" title={t(Text::PreviewTitle)} ref={frame}
                                    sandbox="allow-scripts" src={format!("./preview.html{}", query_of(&props.page.url))} />
                                <p class="muted small">{ t(Text::PreviewNote) }</p>
                            </>
                        },
                        Tab::Html => html! { <pre class="page-source"><code>{ &props.page.html }</code></pre> },
                        Tab::Css => html! { <pre class="page-source"><code>{ &props.page.css }</code></pre> },
                    }
                }
            </div>
        </section>
    }
}

/// The preview's document: the exercise's HTML with its style sheet, a `fetch` that answers
/// from the routes, and the learner's script as a module, as grading runs it. When the learner
/// writes the HTML or the style sheet, `code` is that file and the page has no script.
fn compose(page: &course::ExercisePage, code: &str) -> String {
    let (html, css, script) = match page.edit {
        course::PageEdit::Script => (page.html.as_str(), page.css.as_str(), code),
        course::PageEdit::Html => (code, page.css.as_str(), ""),
        course::PageEdit::Css => (page.html.as_str(), code, ""),
    };
    let routes = serde_json::to_string(&page.routes).unwrap_or_else(|_| "[]".into());
    let head = format!(
        "<meta charset=\"utf-8\"><style>{css}</style><script>{fetch}</script>",
        css = css.replace("</style", "<\\/style"),
        fetch = FETCH_STUB.replace("ROUTES", &script_safe(&routes)).replace(
            "PAGE_URL",
            &script_safe(&serde_json::to_string(&page.url).unwrap_or_default())
        ),
    );
    let body_end = if script.is_empty() {
        String::new()
    } else {
        format!("<script type=\"module\">{}</script>", script_safe(script))
    };
    let with_head = match find_ignoring_case(html, "<head>") {
        Some(at) => format!("{}{head}{}", &html[..at + 6], &html[at + 6..]),
        None => format!("{head}{html}"),
    };
    match find_ignoring_case(&with_head, "</body>") {
        Some(at) => format!("{}{body_end}{}", &with_head[..at], &with_head[at..]),
        None => format!("{with_head}{body_end}"),
    }
}

/// The query and fragment of the page's address, which the preview's own address carries, so
/// `location.search` reads the same there as in grading.
fn query_of(url: &str) -> &str {
    url.find(['?', '#']).map_or("", |at| &url[at..])
}

fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    haystack.to_ascii_lowercase().find(needle)
}

/// Text placed inside a `<script>` element cannot end it early.
fn script_safe(code: &str) -> String {
    code.replace("</script", "<\\/script")
        .replace("</SCRIPT", "<\\/SCRIPT")
}

/// `fetch` in the preview: the exercise's routes, after their delays, as in grading.
const FETCH_STUB: &str = r#"(function () {
  var routes = ROUTES, base = PAGE_URL;
  function key(url) { return JSON.stringify(Array.from(url.searchParams).sort()); }
  function find(method, url) {
    var got = new URL(url, base);
    for (var i = 0; i < routes.length; i++) {
      var r = routes[i], want = new URL(r.url, base);
      if (!r.used && r.method === method && want.origin === got.origin && want.pathname === got.pathname &&
          (want.search === '' || key(want) === key(got))) { if (r.once) r.used = true; return r; }
    }
    return null;
  }
  window.fetch = function (input, init) {
    var method = ((init && init.method) || 'GET').toUpperCase();
    var url = typeof input === 'string' ? input : input.url;
    var r = find(method, url);
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        if (!r) { console.warn('fetch: nothing in this exercise answers ' + method + ' ' + url); resolve(new Response('Not Found', { status: 404 })); return; }
        if (r.network_error) { reject(new TypeError('Failed to fetch')); return; }
        var json = r.json !== undefined && r.json !== null;
        resolve(new Response(json ? r.json : r.body, { status: r.status, headers: { 'content-type': json ? 'application/json' : 'text/plain' } }));
      }, r ? r.delay_ms || 0 : 0);
    });
  };
})();"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> course::ExercisePage {
        course::ExercisePage {
            html: html.into(),
            css: "h1 { color: teal }".into(),
            url: "https://clima.example/".into(),
            routes: Vec::new(),
            edit: course::PageEdit::Script,
        }
    }

    #[test]
    fn the_style_goes_in_the_head_and_the_script_ends_the_body() {
        let doc = compose(
            &page("<html><head><title>x</title></head><body><h1>Hi</h1></body></html>"),
            "console.log('</script>')",
        );
        assert!(doc.contains("<head><meta charset=\"utf-8\">"), "{doc}");
        assert!(doc.contains("<style>h1 { color: teal }</style>"), "{doc}");
        assert!(
            doc.ends_with(
                "<script type=\"module\">console.log('<\\/script>')</script></body></html>"
            ),
            "{doc}"
        );
        let bare = compose(&page("<h1>Hi</h1>"), "1");
        assert!(bare.starts_with("<meta charset"), "{bare}");
        assert!(
            bare.ends_with("<h1>Hi</h1><script type=\"module\">1</script>"),
            "{bare}"
        );
    }

    #[test]
    fn the_learner_s_html_or_style_sheet_takes_the_page_s_place_and_no_script_runs() {
        let mut html_page = page("<p>the exercise's page is not used</p>");
        html_page.edit = course::PageEdit::Html;
        let doc = compose(&html_page, "<main><h1>Taquería</h1></main>");
        assert!(doc.contains("<style>h1 { color: teal }</style>"), "{doc}");
        assert!(doc.ends_with("<main><h1>Taquería</h1></main>"), "{doc}");
        assert!(
            !doc.contains("not used") && !doc.contains("type=\"module\""),
            "{doc}"
        );

        let mut css_page = page("<body><nav>Menú</nav></body>");
        css_page.edit = course::PageEdit::Css;
        let doc = compose(
            &css_page,
            "nav { display: flex } </style><script>x()</script>",
        );
        assert!(
            doc.contains("<style>nav { display: flex } <\\/style>"),
            "{doc}"
        );
        assert!(
            !doc.contains("teal") && !doc.contains("type=\"module\""),
            "{doc}"
        );
    }
}
