//! Lesson examples: what a learner sees after pressing Run under a code block.

use grader::{run_snippet, Explain, RunRequest};

fn run(code: &str) -> grader::RunReport {
    run_snippet(&RunRequest {
        code: code.into(),
        limits: Default::default(),
        page: None,
    })
}

fn printed(report: &grader::RunReport) -> Vec<String> {
    report.console.iter().map(|l| l.text.clone()).collect()
}

#[test]
fn shows_console_output_and_the_last_value() {
    let report = run("const prices = [3, 4.5];\nconsole.log('total', prices[0] + prices[1]);\n({ items: prices.length })");
    assert_eq!(printed(&report), ["total 7.5"]);
    assert_eq!(report.value.as_deref(), Some(r#"{"items": 2}"#));
    assert!(report.error.is_none());
}

#[test]
fn an_example_ending_in_console_log_has_no_value() {
    let report = run("console.log('hola');");
    assert_eq!(report.value, None);
}

#[test]
fn timers_and_promises_finish_instantly_in_order() {
    let report = run(
        "setTimeout(() => console.log('later'), 5000);\nPromise.resolve('soon').then(console.log);\nconsole.log('now');",
    );
    assert_eq!(printed(&report), ["now", "soon", "later"]);
}

#[test]
fn an_error_keeps_what_was_printed_and_points_at_the_line() {
    let report = run("console.log('before');\nconst total = prise * 2;\n");
    assert_eq!(printed(&report), ["before"]);
    let error = report.error.expect("an error");
    assert_eq!(error.name, "ReferenceError");
    assert_eq!(error.line, Some(2));
    assert_eq!(error.explain, Some(Explain::NotDefined));
}

#[test]
fn a_syntax_error_is_reported_without_running_anything() {
    let report = run("console.log('x');\nfunction add(a, b) {\n  return (a + b;\n}\n");
    assert!(report.console.is_empty());
    assert_eq!(report.error.expect("an error").name, "SyntaxError");
}

#[test]
fn an_endless_loop_is_stopped() {
    let report = run("let n = 0;\nwhile (true) { n++; }");
    assert_eq!(report.error.expect("an error").name, "Timeout");
}

#[test]
fn examples_do_not_share_state() {
    run("globalThis.leak = 1; Array.prototype.map = null;");
    let report = run("typeof leak + ' ' + typeof [].map");
    assert_eq!(report.value.as_deref(), Some(r#""undefined function""#));
}

#[test]
fn an_example_in_a_page_changes_it_and_prints_elements_as_html() {
    let report = run_snippet(&RunRequest {
        code: "const h1 = document.querySelector('h1');\nh1.textContent = 'Hola, Monterrey';\nconsole.log(document.title, h1);\ndocument.querySelectorAll('li').length".into(),
        limits: Default::default(),
        page: Some(grader::page::Page {
            html: "<title>Clima</title><h1>Hola</h1><ul><li>Lunes<li>Martes</ul>".into(),
            ..Default::default()
        }),
    });
    assert!(report.error.is_none(), "{report:#?}");
    assert_eq!(printed(&report), ["Clima <h1>Hola, Monterrey</h1>"]);
    assert_eq!(report.value.as_deref(), Some("2"));
}
