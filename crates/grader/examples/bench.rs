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
