use course::{Item, Module};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app;
use crate::i18n::{counted, course_source, done_of, module_progress, t, Counted, Text};
use crate::route::Route;
use crate::services::library::{self, SiteIndex};
use progress::Progress;

/// Whether the learner has finished `item` of `module`: read, passed, or every question right.
pub fn is_done(module: &Module, item: &Item, progress: &Progress) -> bool {
    let id = format!("{}/{}", module.id, item.id());
    match item {
        Item::Lesson(_) => progress.is_read(&id),
        Item::Exercise(_) => progress.is_passed(&id),
        Item::Quiz(q) => progress.is_quiz_passed(&id, q.questions.len() as u32),
    }
}

/// How many items of `module` the learner has finished.
pub fn module_done(module: &Module, progress: &Progress) -> usize {
    module
        .items
        .iter()
        .filter(|item| is_done(module, item, progress))
        .count()
}

/// "done / total" for the items of one kind.
fn kind_count(module: &Module, progress: &Progress, kind: fn(&Item) -> bool) -> (usize, usize) {
    let items = module.items.iter().filter(|i| kind(i));
    let total = items.clone().count();
    let done = items.filter(|i| is_done(module, i, progress)).count();
    (done, total)
}

#[function_component(CoursePage)]
pub fn course_page() -> Html {
    let app = use_app();
    let pack = &app.pack;
    // A site that lists its own courses (`packs/index.json`) offers them here.
    let site = use_state(|| None::<SiteIndex>);
    {
        let site = site.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { site.set(library::site_index().await) });
        });
    }
    let others = (*site).clone().map(|index| {
        let shown: Vec<_> = index.packs.into_iter().filter(|p| p.id != pack.id).collect();
        html! {
            if !shown.is_empty() {
                <section class="site-courses">
                    <h2>{ t(Text::SiteCourses) }</h2>
                    <ul class="course-list">
                        { for shown.iter().map(|p| {
                            let href = format!("#/open?pack={}", String::from(js_sys::encode_uri_component(&p.url())));
                            html! {
                                <li class="course-card">
                                    <strong>{ &p.title }</strong>
                                    if !p.summary.is_empty() { <p>{ &p.summary }</p> }
                                    <a class="button" {href}>{ t(Text::OpenLinkButton) }</a>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
        }
    });
    let continue_link = match app
        .progress
        .last_visited
        .as_deref()
        .and_then(|id| id.split_once('/'))
    {
        Some((module, item)) if pack.module(module).and_then(|m| m.item(item)).is_some() => html! {
            <Link<Route> classes="button primary" to={Route::Item { module: module.into(), item: item.into() }}>
                { t(Text::ContinueWhereLeft) }
            </Link<Route>>
        },
        _ => match pack
            .modules
            .first()
            .and_then(|m| m.items.first().map(|i| (m, i)))
        {
            Some((m, i)) => html! {
                <Link<Route> classes="button primary" to={Route::Item { module: m.id.clone(), item: i.id().to_string() }}>
                    { t(Text::StartCourse) }
                </Link<Route>>
            },
            None => html! {},
        },
    };
    html! {
        <section class="course">
            <div class="hero">
                <h1>{ &pack.title }</h1>
                <p class="lead">{ &pack.summary }</p>
                <p class="muted">{ t(Text::Tagline) }</p>
                if let Some(source) = &pack.source {
                    <p class="muted small course-source">
                        { course_source(&source.name, &source.license) }
                        // The pack is untrusted: only a plain https address becomes a link.
                        if source.url.starts_with("https://") {
                            { " " }
                            <a href={source.url.clone()} rel="noopener noreferrer" target="_blank">{ &source.url }</a>
                        }
                    </p>
                }
                { continue_link }
            </div>
            <h2>{ t(Text::Modules) }</h2>
            <ol class="module-list">
                { for pack.modules.iter().map(|m| {
                    let done = module_done(m, &app.progress);
                    let total = m.items.len();
                    let counts = [
                        (kind_count(m, &app.progress, |i| matches!(i, Item::Lesson(_))), Counted::LessonsRead, "lessons"),
                        (kind_count(m, &app.progress, |i| matches!(i, Item::Quiz(_))), Counted::QuizzesPassed, "quizzes"),
                        (kind_count(m, &app.progress, |i| matches!(i, Item::Exercise(_))), Counted::ExercisesPassed, "exercises"),
                    ];
                    let percent = (done * 100).checked_div(total).unwrap_or(0);
                    html! {
                        <li class="module-card" data-module={m.id.clone()}>
                            <Link<Route> to={Route::Module { module: m.id.clone() }}>
                                <h3>{ &m.title }</h3>
                                <p>{ &m.summary }</p>
                                <ul class="kind-counts">
                                    { for counts.iter().filter(|((_, total), _, _)| *total > 0).map(|((done, total), label, kind)| html! {
                                        <li data-kind={*kind}>{ counted(*done, *total, *label) }</li>
                                    }) }
                                </ul>
                                // An SVG width rather than a style attribute: the Content-Security-Policy
                                // blocks style attributes.
                                <svg class="progress" role="progressbar" aria-label={module_progress(&m.title)} aria-valuemin="0" aria-valuemax="100" aria-valuenow={percent.to_string()} viewBox="0 0 100 1" preserveAspectRatio="none">
                                    <rect class="progress-fill" width={percent.to_string()} height="1" />
                                </svg>
                                <p class="progress-label">{ done_of(done, total) }</p>
                            </Link<Route>>
                        </li>
                    }
                }) }
            </ol>
            { for others }
            <p class="muted small">{ t(Text::SavedLocally) }</p>
        </section>
    }
}
