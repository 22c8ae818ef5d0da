//! "My courses": the built-in course and every course opened on this device; switch between
//! them, update one from where it came from, or remove one.

use std::rc::Rc;

use gloo::dialogs::confirm;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::{use_app, AppContext};
use crate::i18n::{exercises_passed, t, updated_to, Text};
use crate::route::Route;
use crate::services::library::{self, Entry};
use crate::services::{download, storage};
use crate::state::now;

/// "3 exercises passed" from a course's saved progress (any course, not only the open one).
fn passed_count(pack_id: &str) -> usize {
    storage::saved_text(pack_id)
        .map(|text| {
            progress::decode(&text)
                .progress
                .exercises
                .values()
                .filter(|e| e.passed)
                .count()
        })
        .unwrap_or(0)
}

fn go_home() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash("#/");
    }
}

fn study(app: &AppContext, entry: Option<&Entry>, message: UseStateHandle<Option<String>>) {
    app.store.flush();
    let Some(entry) = entry else {
        go_home();
        app.switch_course.emit(None);
        return;
    };
    let (app, id) = (app.clone(), entry.id.clone());
    spawn_local(async move {
        match library::load(&id, &app.builtin.id, &app.grading).await {
            Ok(pack) => {
                go_home();
                app.switch_course.emit(Some(pack));
            }
            Err(e) => message.set(Some(e.to_string())),
        }
    });
}

fn update(
    app: &AppContext,
    entry: &Entry,
    message: UseStateHandle<Option<String>>,
    list: UseStateHandle<Vec<Entry>>,
) {
    let (app, entry) = (app.clone(), entry.clone());
    spawn_local(async move {
        let result = async {
            let text = library::fetch_text(&entry.origin).await?;
            let pack = library::parse(&text, &app.builtin.id, &app.grading).await?;
            if pack.version == entry.version {
                return Ok(t(Text::UpToDate).to_string());
            }
            app.store.flush();
            let missing = library::items_not_in(&pack);
            library::keep(&text, &pack, &entry.origin, now(), missing).await?;
            let version = pack.version.clone();
            if app.pack.id == pack.id {
                app.switch_course.emit(Some(Rc::new(pack)));
            }
            Ok::<_, library::LibraryError>(updated_to(&version))
        }
        .await;
        message.set(Some(result.unwrap_or_else(|e| e.to_string())));
        list.set(library::entries());
    });
}

fn remove(
    app: &AppContext,
    entry: &Entry,
    message: UseStateHandle<Option<String>>,
    list: UseStateHandle<Vec<Entry>>,
) {
    if !confirm(t(Text::RemoveConfirm)) {
        return;
    }
    if confirm(t(Text::RemoveExportFirst)) {
        app.store.flush();
        let saved = storage::saved_text(&entry.id);
        if let Some(text) = saved {
            download::json_file(&download::progress_file_name(&entry.id), &text);
        }
    }
    let (app, id) = (app.clone(), entry.id.clone());
    spawn_local(async move {
        if let Err(e) = library::remove(&id).await {
            message.set(Some(e.to_string()));
        }
        list.set(library::entries());
        if app.pack.id == id {
            go_home();
            app.switch_course.emit(None);
        }
    });
}

#[function_component(CoursesPage)]
pub fn courses_page() -> Html {
    let app = use_app();
    let list = use_state(library::entries);
    let message = use_state(|| None::<String>);
    let card = |title: &str, version: &str, id: &str, entry: Option<&Entry>| {
        let current = app.pack.id == id;
        let study_click = {
            let (app, entry, message) = (app.clone(), entry.cloned(), message.clone());
            Callback::from(move |_| study(&app, entry.as_ref(), message.clone()))
        };
        let actions = entry.map(|entry| {
            let update_click = {
                let (app, entry, message, list) =
                    (app.clone(), entry.clone(), message.clone(), list.clone());
                Callback::from(move |_| update(&app, &entry, message.clone(), list.clone()))
            };
            let remove_click = {
                let (app, entry, message, list) =
                    (app.clone(), entry.clone(), message.clone(), list.clone());
                Callback::from(move |_| remove(&app, &entry, message.clone(), list.clone()))
            };
            html! {
                <>
                    if entry.updatable() {
                        <button class="button update-course" onclick={update_click}>{ t(Text::UpdateCourse) }</button>
                    }
                    <button class="button subtle remove-course" onclick={remove_click}>{ t(Text::RemoveCourse) }</button>
                </>
            }
        });
        html! {
            <li class="course-card" data-course={id.to_string()}>
                <h2>{ title }</h2>
                <p class="muted">
                    { format!("{} {version} · ", t(Text::Version)) }
                    { match entry { Some(e) => format!("{} {}", t(Text::Origin), e.origin), None => t(Text::BuiltIn).to_string() } }
                    { format!(" · {}", exercises_passed(passed_count(id))) }
                </p>
                if let Some(e) = entry.filter(|e| !e.missing_items.is_empty()) {
                    <details class="missing-items">
                        <summary>{ t(Text::MissingItems) }</summary>
                        <ul>{ for e.missing_items.iter().map(|i| html! { <li><code>{ i }</code></li> }) }</ul>
                    </details>
                }
                <div class="notice-actions">
                    if current {
                        <span class="badge done">{ t(Text::CurrentCourse) }</span>
                    } else {
                        <button class="button primary study" onclick={study_click}>{ t(Text::StudyThis) }</button>
                    }
                    { for actions }
                </div>
            </li>
        }
    };
    html! {
        <article class="courses-page">
            <h1>{ t(Text::MyCourses) }</h1>
            <p>{ t(Text::MyCoursesIntro) }</p>
            if let Some(text) = (*message).clone() {
                <p class="courses-message" role="status">{ text }</p>
            }
            <ul class="course-list">
                { card(&app.builtin.title, &app.builtin.version, &app.builtin.id, None) }
                { for list.iter().map(|e| card(&e.title, &e.version, &e.id, Some(e))) }
            </ul>
            <Link<Route> to={Route::Open} classes="button primary open-course">{ t(Text::OpenCourse) }</Link<Route>>
        </article>
    }
}
