//! A quiz: each question is checked on its own, every option explains itself once checked, and
//! a wrong answer can be retried at once.

use course::{Answer, Question, Quiz, Response};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::context::use_app;
use crate::i18n::{questions_right, t, Text};
use crate::route::Route;
use crate::state::now;
use progress::Action;

#[derive(Properties, PartialEq)]
pub struct QuizProps {
    pub id: String,
    pub quiz: Quiz,
    pub back: Html,
    pub next: Option<Route>,
}

#[function_component(QuizPage)]
pub fn quiz_page(props: &QuizProps) -> Html {
    let app = use_app();
    let total = props.quiz.questions.len();
    let right = (0..total)
        .filter(|&i| app.progress.is_answered(&props.id, i as u32))
        .count();
    let passed = app.progress.is_quiz_passed(&props.id, total as u32);
    // The pack's Spanish, question by question, when the interface is Spanish.
    let spanish = crate::i18n::current() == crate::i18n::Lang::Es;
    let (quiz, whole) = if spanish {
        props.quiz.in_spanish()
    } else {
        (props.quiz.clone(), true)
    };
    let translated = spanish && !quiz.title_es.is_empty();
    html! {
        <article class="quiz" lang={if translated { "es-MX" } else { "en" }}>
            { props.back.clone() }
            <h1>{ &quiz.title }</h1>
            { crate::pages::lesson::shown_in_english(!whole) }
            <ol class="questions">
                { for quiz.questions.iter().enumerate().map(|(index, question)| html! {
                    <QuestionView quiz={props.id.clone()} {index} question={question.clone()} />
                }) }
            </ol>
            <footer class="item-footer">
                if passed {
                    <span class="badge done quiz-passed">{ format!("✓ {}", t(Text::QuizPassed)) }</span>
                } else {
                    <span class="progress-label">{ questions_right(right, total) }</span>
                }
                if let Some(next) = props.next.clone() {
                    <Link<Route> to={next} classes="button primary">{ format!("{} →", t(Text::NextItem)) }</Link<Route>>
                }
            </footer>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct QuestionProps {
    /// The quiz's full id.
    quiz: String,
    index: usize,
    question: Question,
}

#[function_component(QuestionView)]
fn question_view(props: &QuestionProps) -> Html {
    let app = use_app();
    let chosen = use_state(Vec::<usize>::new);
    let typed = use_state(String::new);
    // The verdict of the last check; `None` while the learner is answering.
    let checked = use_state(|| None::<bool>);
    let ever_right = app.progress.is_answered(&props.quiz, props.index as u32);
    let name = format!("{}-q{}", props.quiz, props.index);

    let check = {
        let progress = app.progress.clone();
        let question = props.question.clone();
        let (chosen, typed, checked) = (chosen.clone(), typed.clone(), checked.clone());
        let (id, index) = (props.quiz.clone(), props.index);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let response = match question.answer {
                Answer::Text { .. } => Response::Text((*typed).clone()),
                _ => Response::Choices((*chosen).clone()),
            };
            let correct = question.is_correct(&response);
            checked.set(Some(correct));
            progress.dispatch(Action::Answered {
                id: id.clone(),
                question: index as u32,
                correct,
                at: now(),
            });
        })
    };
    let retry = {
        let (chosen, typed, checked) = (chosen.clone(), typed.clone(), checked.clone());
        // The retry button turns back into the submit button as soon as state changes; without
        // this, the same click would submit the emptied answer.
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            chosen.set(Vec::new());
            typed.set(String::new());
            checked.set(None);
        })
    };
    let locked = checked.is_some();

    let body = match &props.question.answer {
        Answer::Single { options } | Answer::Multiple { options } => {
            let multiple = matches!(props.question.answer, Answer::Multiple { .. });
            html! {
                <>
                    if multiple { <p class="muted small">{ t(Text::ChooseAll) }</p> }
                    <ul class="options">
                        { for options.iter().enumerate().map(|(i, option)| {
                            let selected = chosen.contains(&i);
                            let onchange = {
                                let chosen = chosen.clone();
                                Callback::from(move |e: Event| {
                                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                                    let mut next = if multiple { (*chosen).clone() } else { Vec::new() };
                                    next.retain(|&c| c != i);
                                    if on { next.push(i); }
                                    chosen.set(next);
                                })
                            };
                            let verdict = locked.then_some(if option.correct { "right" } else { "wrong" });
                            html! {
                                <li class={classes!("option", verdict, selected.then_some("chosen"))}>
                                    <label>
                                        <input type={if multiple { "checkbox" } else { "radio" }} name={name.clone()}
                                            checked={selected} disabled={locked} {onchange} />
                                        <span>{ Html::from_html_unchecked(option.text_html.clone().into()) }</span>
                                    </label>
                                    if locked && (selected || option.correct) {
                                        <p class="option-explain">{ Html::from_html_unchecked(option.explain_html.clone().into()) }</p>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </>
            }
        }
        Answer::Text { explain_html, .. } => {
            let oninput = {
                let typed = typed.clone();
                Callback::from(move |e: InputEvent| {
                    typed.set(e.target_unchecked_into::<HtmlInputElement>().value())
                })
            };
            html! {
                <>
                    <label class="text-answer">
                        <span class="muted small">{ t(Text::YourAnswer) }</span>
                        <input type="text" value={(*typed).clone()} disabled={locked} {oninput} autocomplete="off" spellcheck="false" />
                    </label>
                    if *checked == Some(true) {
                        <p class="option-explain">{ Html::from_html_unchecked(explain_html.clone().into()) }</p>
                    }
                </>
            }
        }
    };
    let verdict = match *checked {
        Some(true) => html! { <p class="verdict right" role="status">{ t(Text::Correct) }</p> },
        Some(false) => html! { <p class="verdict wrong" role="status">{ t(Text::NotQuite) }</p> },
        None => html! {},
    };
    html! {
        <li class={classes!("question", ever_right.then_some("answered"))} data-question={props.index.to_string()}>
            <form onsubmit={check}>
                <p class="prompt">{ Html::from_html_unchecked(props.question.prompt_html.clone().into()) }</p>
                { body }
                { verdict }
                if locked {
                    <button key="retry" type="button" class="button" onclick={retry}>{ t(Text::TryAgain) }</button>
                } else {
                    <button key="check" type="submit" class="button primary">{ t(Text::CheckAnswer) }</button>
                }
            </form>
        </li>
    }
}
