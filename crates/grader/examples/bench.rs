//! Prints native grading figures: sandbox creation cost, the time to grade a 10-test exercise,
//! and the engine's speed on the CPU-bound snippets of tests/bench/snippets.json (written to
//! target/bench-native.json for the browser benchmark's comparison table). Run through
//! `cargo xtask bench`.

use std::time::{Duration, Instant};

use grader::{grade, run_snippet, GradeRequest, RunRequest, Verdict};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let tests: String = std::iter::once("import { describe, test, expect } from '@jest/globals';\nimport { total } from './solution';\ndescribe('total', () => {\n".to_string())
        .chain((0..10).map(|i| format!("  test('case {i}', () => {{ expect(total([{i}, 1, 2])).toBe({}); }});\n", i + 3)))
        .chain(std::iter::once("});\n".to_string()))
        .collect();
    let request = GradeRequest {
        page: None,
        solution: "export function total(xs) { let s = 0; for (const x of xs) s += x; return s; }"
            .into(),
        tests,
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    };
    assert_eq!(grade(&request).verdict, Verdict::Passed);

    let empty = GradeRequest {
        page: None,
        solution: "export const x = 1;".into(),
        tests: "test('noop', () => {});".into(),
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    };
    let runs = 30;
    let sandbox: Vec<_> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            grade(&empty);
            t.elapsed()
        })
        .collect();
    let ten: Vec<_> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            grade(&request);
            t.elapsed()
        })
        .collect();
    let prebuilt: Vec<_> = (0..runs)
        .map(|_| {
            grader::prewarm();
            let t = Instant::now();
            grade(&request);
            t.elapsed()
        })
        .collect();
    println!(
        "native: sandbox + harness + 1 empty test  median {:>8.2?}",
        median(sandbox)
    );
    println!(
        "native: grade a 10-test exercise          median {:>8.2?}",
        median(ten)
    );
    println!(
        "native: the same, sandbox prebuilt        median {:>8.2?}",
        median(prebuilt)
    );
    let page = page_request();
    assert_eq!(grade(&page).verdict, Verdict::Passed, "{:#?}", grade(&page));
    let pages: Vec<_> = (0..runs)
        .map(|_| {
            grader::prewarm();
            let t = Instant::now();
            grade(&page);
            t.elapsed()
        })
        .collect();
    println!(
        "native: grade a 5-test page exercise      median {:>8.2?}",
        median(pages)
    );

    let snippets: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../tests/bench/snippets.json"))
            .expect("the snippets file is valid JSON");
    let heavy: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../../../tests/bench/cpu-heavy.json"))
            .expect("the CPU-heavy snippets file is valid JSON");
    let mut figures = serde_json::Map::new();
    for snippet in snippets.iter().chain(&heavy) {
        let name = snippet["name"].as_str().unwrap_or_default();
        let request = RunRequest {
            code: snippet["code"].as_str().unwrap_or_default().to_string(),
            limits: Default::default(),
            page: None,
        };
        let report = run_snippet(&request);
        assert!(report.error.is_none(), "{name}: {:?}", report.error);
        let ms = median(
            (0..5)
                .map(|_| {
                    let t = Instant::now();
                    run_snippet(&request);
                    t.elapsed()
                })
                .collect(),
        )
        .as_secs_f64()
            * 1000.0;
        match node_ms(snippet["code"].as_str().unwrap_or_default()) {
            Some(node) => println!(
                "native: {name:<34} median {ms:>8.1} ms   Node {node:>7.1} ms   Boa/Node {:>6.1}x",
                ms / node.max(0.01)
            ),
            None => println!("native: {name:<34} median {ms:>8.1} ms"),
        }
        figures.insert(name.to_string(), serde_json::json!(ms));
    }
    let out = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../target/bench-native.json"
    );
    std::fs::write(out, serde_json::Value::Object(figures).to_string())
        .expect("target/ is writable");
}

/// The same snippet's median time in Node (V8), for the Boa-versus-Node ratio; `None` when Node
/// is not installed.
fn node_ms(code: &str) -> Option<f64> {
    let script = format!(
        "const code = {}; const times = []; for (let i = 0; i < 5; i++) {{ const t = performance.now(); (0, eval)(code); times.push(performance.now() - t); }} times.sort((a, b) => a - b); console.log(times[2]);",
        serde_json::to_string(code).ok()?
    );
    let out = std::process::Command::new("node")
        .args(["-e", &script])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// A page exercise of the usual size: a form adding rows to a list, checked by five tests that
/// type, click and query by role.
fn page_request() -> GradeRequest {
    let html = "<h1>Gastos</h1><form><label for=c>Concepto</label><input id=c name=c required>\
        <label for=m>Monto</label><input id=m name=m type=number><button>Agregar</button></form>\
        <ul id=lista></ul><p id=total>Total: $0.00</p>";
    let solution = "const form = document.querySelector('form');\nlet total = 0;\n\
        form.addEventListener('submit', (e) => {\n  e.preventDefault();\n  const data = new FormData(form);\n\
          const li = document.createElement('li');\n  li.textContent = data.get('c');\n\
          document.querySelector('#lista').append(li);\n  total += Math.round(Number(data.get('m')) * 100);\n\
          document.querySelector('#total').textContent = `Total: $${(total / 100).toFixed(2)}`;\n  form.reset();\n});\n";
    let tests: String = std::iter::once("import { screen } from '@testing-library/dom';\nimport userEvent from '@testing-library/user-event';\n".to_string())
        .chain((1..=5).map(|i| format!(
            "test('gasto {i}', async () => {{\n  await userEvent.type(screen.getByLabelText('Concepto'), 'Tacos {i}');\n  await userEvent.type(screen.getByLabelText('Monto'), '10');\n  await userEvent.click(screen.getByRole('button', {{ name: 'Agregar' }}));\n  expect(screen.getAllByRole('listitem')).toHaveLength({i});\n  expect(screen.getByText('Total: ${}.00')).toBeInTheDocument();\n}});\n",
            i * 10
        )))
        .collect();
    GradeRequest {
        page: Some(grader::page::Page {
            html: html.into(),
            ..Default::default()
        }),
        solution: solution.into(),
        tests,
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    }
}
