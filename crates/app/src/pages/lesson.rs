use course::{Lesson, LessonPart};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::example::Example;
use crate::components::markdown::Markdown;
use crate::context::use_app;
use crate::i18n::{t, Text};
use crate::route::Route;
use crate::state::now;
use progress::Action;

#[derive(Properties, PartialEq)]
pub struct LessonProps {
    pub id: String,
    pub lesson: Lesson,
    pub back: Html,
    pub next: Option<Route>,
}

#[function_component(LessonPage)]
pub fn lesson_page(props: &LessonProps) -> Html {
    let app = use_app();
    let read = app.progress.is_read(&props.id);
    let mark_read = {
        let progress = app.progress.clone();
        let id = props.id.clone();
        Callback::from(move |_| {
            progress.dispatch(Action::ReadLesson {
                id: id.clone(),
                at: now(),
            })
        })
    };
    // The pack's Spanish version when the interface is Spanish and the pack has one.
    let spanish = props
        .lesson
        .es
        .as_deref()
        .filter(|_| crate::i18n::current() == crate::i18n::Lang::Es);
    let parts = spanish.map_or(&props.lesson.parts, |es| &es.parts);
    // Each glossary term links once per lesson, at its first use.
    let glossary_linked = std::cell::RefCell::new(std::collections::HashSet::new());
    html! {
        <article class="lesson" lang={spanish.map_or("en", |_| "es-MX")}>
            <nav class="lesson-nav">
                { props.back.clone() }
                <Link<Route> to={Route::Glossary} classes="glossary-link">{ t(Text::Glossary) }</Link<Route>>
            </nav>
            { shown_in_english(spanish.is_none()) }
            { for parts.iter().map(|part| match part {
                LessonPart::Html { html } => {
                    let linked = course::glossary_links::link_terms(html, &app.pack.glossary, &mut glossary_linked.borrow_mut());
                    html! { <Markdown html={AttrValue::from(linked)} /> }
                }
                LessonPart::Example { code, page, .. } => html! {
                    <Example code={code.clone()} page={page.clone().map(AttrValue::from)} />
                },
            }) }
            <footer class="item-footer">
                if read {
                    <span class="badge done">{ format!("✓ {}", t(Text::Read)) }</span>
                } else {
                    <button class="button" onclick={mark_read.clone()}>{ t(Text::MarkRead) }</button>
                }
                if let Some(next) = props.next.clone() {
                    <span onclick={mark_read}>
                        <Link<Route> to={next} classes="button primary">{ format!("{} →", t(Text::NextItem)) }</Link<Route>>
                    </span>
                }
            </footer>
        </article>
    }
}

/// In the Spanish interface, a note that this part of the course is only in English.
pub fn shown_in_english(untranslated: bool) -> Html {
    if untranslated && crate::i18n::current() == crate::i18n::Lang::Es {
        html! { <p class="shown-in-english muted small" lang="es-MX">{ t(Text::ShownInEnglish) }</p> }
    } else {
        html! {}
    }
}
