//! A lesson's runnable example: edit it in place, run it in the grading worker, see what it
//! printed and the value it ended with.

use grader::{RunReport, RunRequest};
use yew::prelude::*;

use crate::components::code_editor::CodeEditor;
use crate::components::results::{console_view, error_view};
use crate::context::use_app;
use crate::i18n::{t, Text};

/// Lesson examples are short; a generous limit still stops an accidental endless loop quickly.
const EXAMPLE_LIMIT_MS: u32 = 2000;

#[derive(Properties, PartialEq)]
pub struct ExampleProps {
    pub code: AttrValue,
    /// The HTML of the page the example runs in, for an example about the DOM.
    #[prop_or_default]
    pub page: Option<AttrValue>,
}

#[function_component(Example)]
pub fn example(props: &ExampleProps) -> Html {
    let app = use_app();
    let code = use_mut_ref(|| props.code.to_string());
    let report = use_state(|| None::<RunReport>);
    let running = use_state(|| false);
    // Bumped by Reset to remount the editor with the original example.
    let generation = use_state(|| 0u32);

    let on_change = {
        let code = code.clone();
        Callback::from(move |text: String| *code.borrow_mut() = text)
    };
    let run = {
        let grading = app.grading.clone();
        let code = code.clone();
        let report = report.clone();
        let running = running.clone();
        let page = props.page.clone();
        Callback::from(move |()| {
            running.set(true);
            let request = RunRequest {
                code: code.borrow().clone(),
                limits: Default::default(),
                page: page.as_ref().map(|html| grader::page::Page {
                    html: html.to_string(),
                    ..Default::default()
                }),
            };
            let report = report.clone();
            let running = running.clone();
            grading.run(
                &request,
                if page.is_some() {
                    course::PAGE_EXAMPLE_LIMIT_MS
                } else {
                    EXAMPLE_LIMIT_MS
                },
                Callback::from(move |r: RunReport| {
                    running.set(false);
                    report.set(Some(r));
                }),
            );
        })
    };
    let reset = {
        let code = code.clone();
        let original = props.code.to_string();
        let generation = generation.clone();
        let report = report.clone();
        Callback::from(move |_| {
            *code.borrow_mut() = original.clone();
            report.set(None);
            generation.set(*generation + 1);
        })
    };
    let onclick = {
        let run = run.clone();
        Callback::from(move |_| run.emit(()))
    };
    html! {
        <div class="example">
            <CodeEditor key={*generation} initial={props.code.clone()} {on_change} on_run={run} />
            <div class="example-bar">
                <button class="button primary run-example" {onclick} disabled={*running}>
                    {
                        match (*running, app.engine_ready) {
                            (true, false) => t(Text::PreparingChecker),
                            (true, true) => t(Text::Running),
                            _ => t(Text::RunExample),
                        }
                    }
                </button>
                <button class="button" onclick={reset}>{ t(Text::ResetExample) }</button>
            </div>
            if let Some(r) = &*report {
                <div class="example-output" aria-live="polite">{ output_view(r) }</div>
            }
        </div>
    }
}

fn output_view(report: &RunReport) -> Html {
    let nothing = report.console.is_empty() && report.value.is_none() && report.error.is_none();
    html! {
        <>
            { console_view(&report.console) }
            if let Some(value) = &report.value {
                <p class="example-value"><span class="label">{ t(Text::ResultValue) }</span><code>{ value }</code></p>
            }
            if let Some(error) = &report.error {
                { error_view(error) }
            }
            if nothing {
                <p class="muted">{ t(Text::NoOutput) }</p>
            }
        </>
    }
}
