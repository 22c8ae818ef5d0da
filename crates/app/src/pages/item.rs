use course::Item;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app;
use crate::i18n::{t, Text};
use crate::pages::exercise::ExercisePage;
use crate::pages::lesson::LessonPage;
use crate::pages::not_found::NotFound;
use crate::pages::quiz::QuizPage;
use crate::route::Route;
use crate::state::now;
use progress::Action;

#[derive(Properties, PartialEq)]
pub struct ItemProps {
    pub module: String,
    pub item: String,
}

/// A lesson, an exercise or a quiz, with a way back to its module; opening it records the visit.
#[function_component(ItemPage)]
pub fn item_page(props: &ItemProps) -> Html {
    let app = use_app();
    let id = format!("{}/{}", props.module, props.item);
    {
        let progress = app.progress.clone();
        let id = id.clone();
        use_effect_with(id.clone(), move |_| {
            progress.dispatch(Action::Visit { id, at: now() })
        });
    }
    let Some(module) = app.pack.module(&props.module) else {
        return html! { <NotFound /> };
    };
    let Some(position) = module.items.iter().position(|i| i.id() == props.item) else {
        return html! { <NotFound /> };
    };
    let next = module
        .items
        .get(position + 1)
        .map(|i| Route::Item {
            module: module.id.clone(),
            item: i.id().to_string(),
        })
        .or_else(|| {
            let index = app.pack.modules.iter().position(|m| m.id == module.id)?;
            let m = app.pack.modules.get(index + 1)?;
            Some(Route::Item {
                module: m.id.clone(),
                item: m.items.first()?.id().to_string(),
            })
        });
    let content_pending = app.pending_modules.contains(&module.id)
        && !matches!(module.items[position], Item::Quiz(_));
    if content_pending {
        return html! { <p class="page muted loading-course" role="status">{ t(Text::LoadingCourse) }</p> };
    }
    let back = html! {
        <Link<Route> to={Route::Module { module: module.id.clone() }} classes="back">{ format!("← {}", module.title) }</Link<Route>>
    };
    match &module.items[position] {
        Item::Lesson(lesson) => html! { <LessonPage {id} lesson={lesson.clone()} {back} {next} /> },
        Item::Exercise(exercise) => {
            html! { <ExercisePage {id} exercise={(**exercise).clone()} {back} {next} /> }
        }
        Item::Quiz(quiz) => html! { <QuizPage {id} quiz={quiz.clone()} {back} {next} /> },
    }
}
