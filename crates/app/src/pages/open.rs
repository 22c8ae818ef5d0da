//! "Open a course": a pack from a link (`#/open?pack=URL`, optionally `&then=/route` for the
//! screen to show once it is open), a file (picker or drag and drop), or
//! the site's own list. Every pack is validated here before anything of it is shown.

use std::rc::Rc;

use course::pack_file::{OpenError, MAX_BYTES};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::components::inputs::{chosen_file, text_into};
use crate::context::{use_app, AppContext};
use crate::i18n::{t, Text};
use crate::services::library::{self, LibraryError, SiteIndex};
use crate::state::now;

/// Where opening stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Opening,
    /// What went wrong, and each problem of the pack (file:line: message).
    Failed(String, Vec<String>),
}

/// A parameter of the page's address, as in `#/open?pack=URL&then=/m/intro/hello`.
fn param(name: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let query = hash.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name)
            .then(|| js_sys::decode_uri_component(value).ok())
            .flatten()
            .map(String::from)
    })
}

/// Where to go once the course is open: a screen of the app named by `then` (a preview that
/// reloads keeps its place), else the course page.
fn next_screen() -> String {
    match param("then") {
        Some(route) if route.starts_with('/') && !route.starts_with("//") => format!("#{route}"),
        _ => "#/".to_string(),
    }
}

fn failure(e: &LibraryError) -> Status {
    let problems = match e {
        LibraryError::Pack(OpenError::Invalid(load)) => {
            load.problems.iter().map(|p| p.to_string()).collect()
        }
        _ => Vec::new(),
    };
    let message = match e {
        LibraryError::Pack(OpenError::Invalid(load)) => {
            let n = load.problems.len();
            format!(
                "the course has {n} problem{}; send this list to its author:",
                if n == 1 { "" } else { "s" }
            )
        }
        other => other.to_string(),
    };
    Status::Failed(message, problems)
}

/// Validates `text`, keeps the course on this device and switches to it.
async fn open_text(app: AppContext, status: UseStateHandle<Status>, text: String, origin: String) {
    let pack = match library::parse(&text, &app.builtin.id, &app.grading).await {
        Ok(pack) => pack,
        Err(e) => return status.set(failure(&e)),
    };
    let missing = library::items_not_in(&pack);
    if let Err(e) = library::keep(&text, &pack, &origin, now(), missing).await {
        return status.set(failure(&e));
    }
    app.store.flush();
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&next_screen());
    }
    app.switch_course.emit(Some(Rc::new(pack)));
}

fn open_file(app: AppContext, status: UseStateHandle<Status>, file: web_sys::File) {
    if file.size() > MAX_BYTES as f64 {
        status.set(failure(&LibraryError::Pack(OpenError::TooLarge {
            size: file.size() as usize,
        })));
        return;
    }
    status.set(Status::Opening);
    spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        open_text(app, status, text, format!("file: {}", file.name())).await;
    });
}

fn open_url(app: AppContext, status: UseStateHandle<Status>, url: String) {
    status.set(Status::Opening);
    spawn_local(async move {
        match library::fetch_text(&url).await {
            Ok(text) => open_text(app, status, text, url).await,
            Err(e) => status.set(failure(&e)),
        }
    });
}

#[function_component(OpenPage)]
pub fn open_page() -> Html {
    let app = use_app();
    let status = use_state(|| Status::Idle);
    let link = use_state(String::new);
    let index = use_state(|| None::<SiteIndex>);
    {
        let (app, status, index) = (app.clone(), status.clone(), index.clone());
        use_effect_with((), move |_| {
            if let Some(url) = param("pack") {
                open_url(app, status, url);
            }
            spawn_local(async move { index.set(library::site_index().await) });
        });
    }
    let on_file = {
        let (app, status) = (app.clone(), status.clone());
        Callback::from(move |e: Event| {
            if let Some(file) = chosen_file(&e) {
                open_file(app.clone(), status.clone(), file);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = {
        let (app, status) = (app.clone(), status.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                open_file(app.clone(), status.clone(), file);
            }
        })
    };
    let on_link_input = text_into(&link);
    let on_link = {
        let (app, status, link) = (app.clone(), status.clone(), link.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let url = link.trim().to_string();
            if !url.is_empty() {
                open_url(app.clone(), status.clone(), url);
            }
        })
    };
    let site = (*index).clone().filter(|i| !i.packs.is_empty()).map(|index| {
        html! {
            <section class="site-courses">
                <h2>{ t(Text::SiteCourses) }</h2>
                <ul class="course-list">
                    { for index.packs.iter().map(|p| {
                        let (app, status, url) = (app.clone(), status.clone(), p.url());
                        let onclick = Callback::from(move |_| open_url(app.clone(), status.clone(), url.clone()));
                        html! {
                            <li class="course-card">
                                <strong>{ &p.title }</strong>
                                if !p.version.is_empty() { <span class="muted">{ format!(" · {} {}", t(Text::Version), p.version) }</span> }
                                if !p.summary.is_empty() { <p>{ &p.summary }</p> }
                                <button class="button primary" {onclick}>{ t(Text::OpenLinkButton) }</button>
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    });
    let status_view = match &*status {
        Status::Idle => html! {},
        Status::Opening => html! { <p class="muted" role="status">{ t(Text::Opening) }</p> },
        Status::Failed(message, problems) => html! {
            <div class="notice error open-error" role="alert">
                <strong>{ t(Text::OpenFailed) }</strong>
                <p>{ message }</p>
                if !problems.is_empty() {
                    <ul class="problems">{ for problems.iter().map(|p| html! { <li><code>{ p }</code></li> }) }</ul>
                }
            </div>
        },
    };
    html! {
        <article class="open-page">
            <h1>{ t(Text::OpenCourse) }</h1>
            <p>{ t(Text::OpenCourseIntro) }</p>
            { status_view }
            { for site }
            <section class="drop-zone" ondragover={on_drag_over} ondrop={on_drop}>
                <label class="button primary file-choice">
                    { t(Text::OpenFromFile) }
                    <input class="pack-file" type="file" accept=".json,application/json" onchange={on_file} />
                </label>
                <span class="muted">{ format!(" {}", t(Text::DropHere)) }</span>
            </section>
            <section>
                <form class="link-form" onsubmit={on_link}>
                    <label for="pack-link">{ t(Text::OpenFromLink) }</label>
                    <input id="pack-link" type="url" placeholder={t(Text::OpenLinkPlaceholder)}
                        value={(*link).clone()} oninput={on_link_input} />
                    <button class="button" type="submit">{ t(Text::OpenLinkButton) }</button>
                </form>
            </section>
        </article>
    }
}
