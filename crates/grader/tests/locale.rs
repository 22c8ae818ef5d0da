//! The `Intl` shim's plumbing, with a stand-in host: what learner code asks reaches the host
//! with its locales and options, and the host's answers and errors come back as JavaScript.
//! The real host (the browser's Intl) is checked in the end-to-end tests.

use grader::{grade, GradeReport, GradeRequest, Verdict};

/// Answers like a host would, in a form that shows what it was asked.
fn stand_in(request: &str) -> String {
    let r: serde_json::Value = serde_json::from_str(request).unwrap();
    let locale = r["locales"].as_str().unwrap_or("default");
    let ok = |v: serde_json::Value| serde_json::json!({ "ok": v }).to_string();
    match r["op"].as_str().unwrap() {
        "resolved" if locale == "xx" => {
            serde_json::json!({ "error": "RangeError", "message": "Incorrect locale information provided" }).to_string()
        }
        "resolved" => ok(serde_json::json!({ "locale": locale })),
        "number" => ok(format!(
            "{locale}|{}|{}",
            r["options"]["currency"].as_str().unwrap_or("-"),
            r["value"]
        )
        .into()),
        "date" => ok(format!(
            "{locale}|{}|{}|{}",
            r["options"]["timeZone"].as_str().unwrap_or("-"),
            r["options"]["year"].as_str().unwrap_or("-"),
            r["value"]
        )
        .into()),
        "segment" => {
            let text = r["value"].as_str().unwrap();
            let parts: Vec<_> = text
                .char_indices()
                .map(|(i, c)| serde_json::json!({ "segment": c.to_string(), "index": i }))
                .collect();
            ok(parts.into())
        }
        "compare" => ok(if r["a"].as_str() < r["b"].as_str() { -1 } else { 1 }.into()),
        "upper" => ok(format!("{}!", r["value"].as_str().unwrap().to_uppercase()).into()),
        op => serde_json::json!({ "error": "TypeError", "message": format!("no {op}") }).to_string(),
    }
}

fn run(tests: &str) -> GradeReport {
    grader::locale::on_locale(stand_in);
    grade(&GradeRequest {
        page: None,
        solution: String::new(),
        tests: tests.into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    })
}

#[test]
fn intl_and_to_locale_methods_ask_the_host() {
    let report = run("
test('numbers', () => {
  expect(new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN' }).format(1499.9)).toBe('es-MX|MXN|1499.9');
  expect((12.5).toLocaleString('en-US')).toBe('en-US|-|12.5');
});
test('dates default to the engine zone and the method fields', () => {
  const d = new Date(Date.UTC(2015, 0, 1));
  expect(d.toLocaleDateString('en-US')).toBe('en-US|UTC|numeric|' + d.getTime());
  expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam' }).format(d)).toBe('nl-NL|Europe/Amsterdam|-|' + d.getTime());
});
test('segments, comparing and case', () => {
  expect([...new Intl.Segmenter().segment('abc')].map((s) => s.segment)).toEqual(['a', 'b', 'c']);
  expect(['b', 'a'].sort(new Intl.Collator('en').compare)).toEqual(['a', 'b']);
  expect('i'.toLocaleUpperCase('tr')).toBe('I!');
});
test('a bad locale is a RangeError', () => {
  expect(() => new Intl.NumberFormat('xx')).toThrow(RangeError);
});
");
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}
