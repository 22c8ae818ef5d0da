use course::Exercise;
use gloo::dialogs::confirm;
use grader::{GradeReport, GradeRequest, TestStatus};
use progress::LastRun;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::code_editor::CodeEditor;
use crate::components::hints::Hints;
use crate::components::markdown::Markdown;
use crate::components::page_preview::PagePreview;
use crate::components::results::Results;
use crate::context::use_app;
use crate::i18n::{t, Text};
use crate::route::Route;
use crate::state::now;
use progress::Action;

#[derive(Properties, PartialEq)]
pub struct ExerciseProps {
    pub id: String,
    pub exercise: Exercise,
    pub back: Html,
    pub next: Option<Route>,
}

#[function_component(ExercisePage)]
pub fn exercise_page(props: &ExerciseProps) -> Html {
    let app = use_app();
    let ex = &props.exercise;
    let saved = app.progress.exercise(&props.id);
    let code = use_mut_ref(|| saved.code.clone().unwrap_or_else(|| ex.starter.clone()));
    // What the page preview shows: the code as typed. Only a page exercise re-renders for it.
    let typed = use_state(|| AttrValue::from(code.borrow().clone()));
    let is_page = ex.page.is_some();
    let report = use_state(|| None::<GradeReport>);
    let running = use_state(|| false);
    // Bumped to remount the editor with other code: the starter after Reset, or a newer version
    // of this exercise saved in another tab.
    let generation = use_state(|| 0u32);
    {
        let code = code.clone();
        let generation = generation.clone();
        let typed = typed.clone();
        let stored = saved.code.clone().unwrap_or_else(|| ex.starter.clone());
        use_effect_with(stored, move |stored| {
            if *code.borrow() != *stored {
                *code.borrow_mut() = stored.clone();
                typed.set(AttrValue::from(stored.clone()));
                generation.set(*generation + 1);
            }
        });
    }

    let on_change = {
        let progress = app.progress.clone();
        let code = code.clone();
        let id = props.id.clone();
        let typed = typed.clone();
        Callback::from(move |text: String| {
            *code.borrow_mut() = text.clone();
            if is_page {
                typed.set(AttrValue::from(text.clone()));
            }
            progress.dispatch(Action::Edit {
                id: id.clone(),
                code: text,
                at: now(),
            });
        })
    };

    let run = {
        let grading = app.grading.clone();
        let progress = app.progress.clone();
        let code = code.clone();
        let report = report.clone();
        let running = running.clone();
        let id = props.id.clone();
        let tests = ex.tests.clone();
        let files = ex.files.clone();
        let import_as = ex.import_as.clone();
        let page = ex.page.as_deref().map(grader::page::Page::from);
        let limit = ex.time_limit_ms;
        // Assert-style: everything but the learner's code is known now.
        let checks = grader::HintsRequest {
            solution: String::new(),
            hints: ex
                .checks
                .iter()
                .map(|c| grader::Hint {
                    text: c.text.clone(),
                    code: c.code.clone(),
                })
                .collect(),
            before_code: ex.around_code().0.to_string(),
            after_code: ex.around_code().1.to_string(),
            limits: grader::Limits::for_time_limit(limit),
        };
        // A `tests` exercise: the learner's code is a test file, graded against these.
        let suite = ex.under_test.as_deref().map(|u| {
            (
                u.implementation.clone(),
                u.broken
                    .iter()
                    .map(|b| grader::Broken {
                        mistake: b.mistake.clone(),
                        code: b.code.clone(),
                    })
                    .collect::<Vec<_>>(),
            )
        });
        Callback::from(move |()| {
            // One run at a time, however it is asked for (the button or Ctrl+Enter).
            if *running {
                return;
            }
            running.set(true);
            let report = report.clone();
            let running = running.clone();
            let progress = progress.clone();
            let id = id.clone();
            let done = Callback::from(move |r: GradeReport| {
                progress.dispatch(Action::Graded {
                    id: id.clone(),
                    run: last_run(&r),
                });
                report.set(Some(r));
                running.set(false);
            });
            if let Some((implementation, broken)) = &suite {
                let request = grader::SuiteRequest {
                    tests: code.borrow().clone(),
                    implementation: implementation.clone(),
                    broken: broken.clone(),
                    limits: grader::Limits::for_time_limit(limit),
                    files: files.clone(),
                };
                grading.grade_suite(&request, limit, done);
            } else if checks.hints.is_empty() {
                let request = GradeRequest {
                    page: page.clone(),
                    solution: code.borrow().clone(),
                    tests: tests.clone(),
                    limits: grader::Limits::for_time_limit(limit),
                    solution_name: import_as.clone(),
                    files: files.clone(),
                };
                grading.grade(&request, limit, done);
            } else {
                let request = grader::HintsRequest {
                    solution: code.borrow().clone(),
                    ..checks.clone()
                };
                grading.grade_hints(&request, limit, done);
            }
        })
    };

    let reset = {
        let progress = app.progress.clone();
        let code = code.clone();
        let generation = generation.clone();
        let report = report.clone();
        let id = props.id.clone();
        let starter = ex.starter.clone();
        let typed = typed.clone();
        Callback::from(move |_| {
            if confirm(t(Text::ResetConfirm)) {
                *code.borrow_mut() = starter.clone();
                typed.set(AttrValue::from(starter.clone()));
                progress.dispatch(Action::Reset {
                    id: id.clone(),
                    at: now(),
                });
                report.set(None);
                generation.set(*generation + 1);
            }
        })
    };

    let show_hint = {
        let progress = app.progress.clone();
        let id = props.id.clone();
        Callback::from(move |()| {
            progress.dispatch(Action::ShowHint {
                id: id.clone(),
                at: now(),
            })
        })
    };

    let show_solution = {
        let progress = app.progress.clone();
        let id = props.id.clone();
        let passed = saved.passed;
        Callback::from(move |_| {
            if passed || confirm(t(Text::ShowSolutionConfirm)) {
                progress.dispatch(Action::ShowSolution {
                    id: id.clone(),
                    at: now(),
                });
            }
        })
    };

    // While a run is going the button says so (`aria-disabled`) and presses do nothing; it is
    // not `disabled`, which would throw keyboard focus off it to the page.
    let run_click = run.reform(|_: MouseEvent| ());
    // The pack's Spanish text, when the interface is Spanish and the pack has it.
    let spanish = ex
        .es
        .as_deref()
        .filter(|_| crate::i18n::current() == crate::i18n::Lang::Es);
    let title = spanish
        .map(|es| es.title.as_str())
        .filter(|t| !t.is_empty())
        .unwrap_or(&ex.title);
    let instructions = spanish
        .map(|es| &es.instructions_html)
        .filter(|html| !html.is_empty());
    let hints = spanish
        .map(|es| es.hints.clone())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| ex.hints.clone());
    html! {
        <article class="exercise">
            <div class="exercise-brief">
                { props.back.clone() }
                <h1>
                    { title }
                    if saved.passed { <span class="badge done" data-passed="true">{ format!("✓ {}", t(Text::Completed)) }</span> }
                </h1>
                <p class="meta muted">
                    {
                        match ex.kind {
                            course::ExerciseKind::Fix => html! { <span class="badge kind">{ t(Text::KindFix) }</span> },
                            course::ExerciseKind::Extend => html! { <span class="badge kind">{ t(Text::KindExtend) }</span> },
                            course::ExerciseKind::Tests => html! { <span class="badge kind">{ t(Text::KindTests) }</span> },
                            course::ExerciseKind::Write => html! {},
                        }
                    }
                    { format!("{} {}/5 · {} {}", t(Text::Difficulty), ex.difficulty, ex.minutes, t(Text::Minutes)) }
                </p>
                <h2 class="visually-hidden">{ t(Text::Instructions) }</h2>
                { crate::pages::lesson::shown_in_english(instructions.is_none()) }
                <div lang={if instructions.is_some() { "es-MX" } else { "en" }}>
                    <Markdown html={instructions.unwrap_or(&ex.instructions_html).clone()} />
                </div>
                if let Some(under_test) = &ex.under_test {
                    <section class="helper-files implementation">
                        <h2>{ t(Text::CodeUnderTest) }</h2>
                        <details>
                            <summary><code>{ "solution.js" }</code></summary>
                            <pre><code>{ &under_test.implementation }</code></pre>
                        </details>
                    </section>
                }
                if !ex.files.is_empty() {
                    <section class="helper-files">
                        <h2>{ t(Text::HelperFiles) }</h2>
                        { for ex.files.iter().map(|(path, source)| html! {
                            <details>
                                <summary><code>{ path }</code></summary>
                                <pre><code>{ source }</code></pre>
                            </details>
                        }) }
                    </section>
                }
                <Hints {hints} shown={saved.hints_shown as usize} on_show_next={show_hint} />
                <section class="solution">
                    if saved.solution_shown {
                        <h2>{ t(Text::Solution) }</h2>
                        <pre class="solution-code"><code>{ &ex.solution }</code></pre>
                    } else {
                        <button class="button subtle" onclick={show_solution}>{ t(Text::ShowSolution) }</button>
                    }
                </section>
            </div>
            <div class="exercise-work">
                <div class="toolbar">
                    <button class="button primary run" onclick={run_click} aria-disabled={(*running).to_string()}
                        title={t(Text::RunShortcut)}>
                        { if *running { t(Text::Running) } else { t(Text::Run) } }
                    </button>
                    <span class="muted small shortcut">{ t(Text::RunShortcut) }</span>
                    <button class="button subtle reset" onclick={reset}>{ t(Text::Reset) }</button>
                </div>
                <CodeEditor key={*generation} initial={AttrValue::from(code.borrow().clone())} {on_change} on_run={run.clone()}
                    language={ex.page.as_deref().map_or("js", |p| p.edit.extension())} />
                if let Some(page) = &ex.page {
                    <PagePreview page={(**page).clone()} code={(*typed).clone()} />
                }
                <Results report={(*report).clone()} running={*running} preparing={!app.engine_ready} on_retry={run} />
                if let Some(next) = props.next.clone() {
                    if saved.passed {
                        <Link<Route> to={next} classes="button primary next">{ format!("{} →", t(Text::NextItem)) }</Link<Route>>
                    }
                }
            </div>
        </article>
    }
}

/// What progress keeps of a grading: the verdict, which tests failed, and the kind of error.
fn last_run(report: &GradeReport) -> LastRun {
    let verdict = serde_json::to_value(report.verdict)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let failing = report
        .tests
        .iter()
        .filter(|t| t.status == TestStatus::Failed)
        .map(|t| t.name.clone());
    let error_kind = report.error.as_ref().map(|e| e.name.clone()).or_else(|| {
        report
            .tests
            .iter()
            .filter_map(|t| t.failure.as_ref()?.error.as_ref())
            .map(|e| e.name.clone())
            .next()
    });
    LastRun::new(verdict, failing, error_kind, now())
}
