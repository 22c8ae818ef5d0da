//! Prints native grading figures: sandbox creation cost and the time to grade a 10-test
//! exercise. Run through `cargo xtask bench`.

use std::time::{Duration, Instant};

use grader::{grade, GradeRequest, Verdict};

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
        solution: "export function total(xs) { let s = 0; for (const x of xs) s += x; return s; }"
            .into(),
        tests,
        limits: Default::default(),
        solution_name: None,
        files: Default::default(),
    };
    assert_eq!(grade(&request).verdict, Verdict::Passed);

    let empty = GradeRequest {
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
    println!(
        "native: sandbox + harness + 1 empty test  median {:>8.2?}",
        median(sandbox)
    );
    println!(
        "native: grade a 10-test exercise          median {:>8.2?}",
        median(ten)
    );
}
