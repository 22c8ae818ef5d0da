use grader::{
    CodeError, ConsoleLine, DiffKind, DiffLine, FailureKind, GradeReport, TestResult, TestStatus,
    Verdict,
};
use yew::prelude::*;

use crate::i18n::{at_position, explanation, t, tests_passed, Text};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub report: Option<GradeReport>,
    pub running: bool,
    /// The engine has not arrived yet: a run is waiting for it, not running.
    #[prop_or_default]
    pub preparing: bool,
    /// Runs the code again; offered when the checker itself failed, not the learner's code.
    #[prop_or_default]
    pub on_retry: Option<Callback<()>>,
}

/// The results panel: a summary, then every test in file order with what went wrong.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let body = match (&props.report, props.running) {
        (_, true) if props.preparing => {
            html! { <p class="muted preparing-checker">{ t(Text::PreparingChecker) }</p> }
        }
        (_, true) => html! { <p class="muted">{ t(Text::Running) }</p> },
        (None, false) => html! { <p class="muted">{ t(Text::ResultsEmpty) }</p> },
        (Some(report), false) => report_view(report, props.on_retry.as_ref()),
    };
    html! {
        <section class="results" aria-live="polite" aria-busy={props.running.to_string()}>
            <h2>{ t(Text::Results) }</h2>
            { body }
        </section>
    }
}

/// Error names the page gives when the checker, not the learner's code, failed.
pub const CHECKER_FAILURES: [&str; 2] = ["CheckerUnavailable", "GraderError"];

fn report_view(report: &GradeReport, on_retry: Option<&Callback<()>>) -> Html {
    let retry = report
        .error
        .as_ref()
        .filter(|e| CHECKER_FAILURES.contains(&e.name.as_str()))
        .and(on_retry)
        .map(|cb| {
            let onclick = cb.reform(|_: MouseEvent| ());
            html! { <button class="button primary retry" {onclick}>{ t(Text::RetryRun) }</button> }
        });
    let total = report.tests.len();
    let (class, summary) = match report.verdict {
        Verdict::Passed => (
            "summary pass",
            format!("{} {}", tests_passed(report.passed(), total), "✓"),
        ),
        Verdict::Failed => ("summary fail", tests_passed(report.passed(), total)),
        Verdict::Error => ("summary error", t(Text::CouldNotRun).to_string()),
        Verdict::TimedOut => ("summary timeout", t(Text::TimedOut).to_string()),
    };
    html! {
        <>
            <p class={class} data-verdict={format!("{:?}", report.verdict).to_lowercase()}>{ summary }</p>
            if report.verdict == Verdict::Passed {
                <p class="celebrate">{ t(Text::AllPassed) }</p>
            }
            if let Some(error) = &report.error {
                { error_view(error) }
            }
            { for retry }
            { console_view(&report.console) }
            <ol class="tests">
                { for report.tests.iter().map(test_view) }
            </ol>
        </>
    }
}

fn test_view(test: &TestResult) -> Html {
    let (class, mark, label) = match test.status {
        TestStatus::Passed => ("test pass", "✓", t(Text::Passed)),
        TestStatus::Failed => ("test fail", "✗", t(Text::Failed)),
        TestStatus::Skipped => ("test skip", "–", t(Text::Skipped)),
    };
    html! {
        <li class={class}>
            <div class="test-name"><span class="mark" aria-label={label}>{ mark }</span>{ &test.name }</div>
            if let Some(failure) = &test.failure {
                <div class="failure">
                    if failure.kind != FailureKind::Assertion || failure.expected.is_none() {
                        <p class="failure-message">{ &failure.message }</p>
                    }
                    if let Some(error) = failure.error.as_ref().filter(|e| e.line.is_some()) {
                        <p class="position">{ at_position(error.line, error.column) }</p>
                    }
                    if let Some(expected) = &failure.expected {
                        <div class="value expected"><span class="label">{ t(Text::Expected) }</span><code>{ expected }</code></div>
                    }
                    if let Some(received) = &failure.received {
                        <div class="value received"><span class="label">{ t(Text::Received) }</span><code>{ received }</code></div>
                    }
                    if let Some(diff) = &failure.diff {
                        { diff_view(diff) }
                    }
                    { explain_view(failure.explain) }
                    if let Some(code) = &test.test_code {
                        <details class="test-code">
                            <summary>{ t(Text::TestCode) }</summary>
                            <pre><code>{ code }</code></pre>
                        </details>
                    }
                </div>
            }
            { console_view(&test.console) }
        </li>
    }
}

/// Expected and received side by side, line by line: lines only in the expected value are marked
/// "-", lines only in what the code returned "+".
fn diff_view(diff: &[DiffLine]) -> Html {
    html! {
        <div class="diff">
            <span class="label">
                <span class="diff-expected">{ format!("- {}", t(Text::Expected)) }</span>
                { "  " }
                <span class="diff-received">{ format!("+ {}", t(Text::Received)) }</span>
            </span>
            <pre>{ for diff.iter().map(|line| {
                let (class, mark) = match line.kind {
                    DiffKind::Same => ("same", "  "),
                    DiffKind::Expected => ("diff-expected", "- "),
                    DiffKind::Received => ("diff-received", "+ "),
                };
                html! { <div class={class}>{ mark }{ &line.text }</div> }
            }) }</pre>
        </div>
    }
}

/// An error in the learner's code: its type, message, position and what it usually means.
pub fn error_view(error: &CodeError) -> Html {
    html! {
        <div class="error-box">
            <p><strong>{ &error.name }</strong>{ ": " }{ &error.message }</p>
            if error.line.is_some() {
                <p class="position">{ at_position(error.line, error.column) }</p>
            }
            { explain_view(error.explain) }
        </div>
    }
}

pub fn console_view(lines: &[ConsoleLine]) -> Html {
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <div class="console">
            <span class="label">{ t(Text::Console) }</span>
            <pre>{ for lines.iter().map(|l| html! { <div class={classes!("line", l.level.clone())}>{ &l.text }</div> }) }</pre>
        </div>
    }
}

fn explain_view(explain: Option<grader::Explain>) -> Html {
    match explain {
        Some(e) => html! {
            <p class="explain"><strong>{ t(Text::WhatThisMeans) }{ ": " }</strong>{ explanation(e) }</p>
        },
        None => html! {},
    }
}
