//! Test files written for Jest that must grade as Jest grades them: module mocks, mock
//! functions' full API, fake timers, `toThrow` with matchers, and Node-only modules.

use std::collections::BTreeMap;

use grader::{grade, GradeReport, GradeRequest, TestStatus, Verdict};

fn run_with(solution: &str, tests: &str, files: &[(&str, &str)]) -> GradeReport {
    grade(&GradeRequest {
        page: None,
        solution: solution.into(),
        tests: tests.into(),
        limits: Default::default(),
        solution_name: None,
        files: files
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<BTreeMap<_, _>>(),
    })
}

fn run(solution: &str, tests: &str) -> GradeReport {
    run_with(solution, tests, &[])
}

fn failures(report: &GradeReport) -> Vec<String> {
    report
        .tests
        .iter()
        .filter(|t| t.status != TestStatus::Passed)
        .map(|t| {
            format!(
                "{}: {:?}",
                t.name,
                t.failure
                    .as_ref()
                    .map(|f| (&f.message, &f.expected, &f.received))
            )
        })
        .collect()
}

const NOTIFIER: &str = "export function notify(message) { throw new Error('the real notifier ran'); }\nexport const channel = 'sms';\n";

#[test]
fn jest_mock_with_a_factory_replaces_the_module_the_solution_imports() {
    let solution = "import { notify } from './notifier';\nexport function onSuccess() { notify({ message: 'SUCCESS' }); }\n";
    let tests = "import { describe, expect, test, jest, afterEach } from '@jest/globals';
import { onSuccess } from './solution';
import { notify } from './notifier';

jest.mock('./notifier', () => ({
  notify: jest.fn(),
}));

afterEach(() => {
  jest.resetAllMocks();
});

test('calls notify once', () => {
  onSuccess();
  expect(notify).toHaveBeenCalledTimes(1);
  expect(notify).toHaveBeenCalledWith({ message: 'SUCCESS' });
});

test('the mock was reset between tests', () => {
  expect(notify).not.toHaveBeenCalled();
});
";
    let report = run_with(solution, tests, &[("notifier.js", NOTIFIER)]);
    assert_eq!(report.verdict, Verdict::Passed, "{:#?}", failures(&report));
}

#[test]
fn jest_mock_without_a_factory_automocks_and_require_actual_reaches_the_real_one() {
    let solution = "import { notify, channel } from './notifier';\nexport function send() { return notify(channel); }\n";
    let tests = "import { send } from './solution';
import { notify } from './notifier';
jest.mock('./notifier');

test('functions become mocks, values stay', () => {
  expect(jest.isMockFunction(notify)).toBe(true);
  expect(send()).toBeUndefined();
  expect(notify).toHaveBeenCalledWith('sms');
});

test('requireActual gives the real module', () => {
  const real = jest.requireActual('./notifier');
  expect(() => real.notify('x')).toThrow('the real notifier ran');
});
";
    let report = run_with(solution, tests, &[("notifier.js", NOTIFIER)]);
    assert_eq!(report.verdict, Verdict::Passed, "{:#?}", failures(&report));
}

#[test]
fn mock_functions_have_jests_whole_api() {
    let tests = "
test('resolved and rejected values', async () => {
  const f = jest.fn().mockResolvedValueOnce('first').mockResolvedValue('later');
  await expect(f()).resolves.toBe('first');
  await expect(f()).resolves.toBe('later');
  const g = jest.fn().mockRejectedValue(new Error('offline'));
  await expect(g()).rejects.toThrow('offline');
  const h = jest.fn().mockRejectedValueOnce(new Error('once'));
  await expect(h()).rejects.toThrow('once');
  expect(h()).toBeUndefined();
});

test('names, clearing, resetting and results', () => {
  const f = jest.fn((n) => { if (n < 0) throw new RangeError('negative'); return n * 2; }).mockName('double');
  expect(f.getMockName()).toBe('double');
  expect(f.length).toBe(1);
  expect(jest.fn((a, b, c) => a).length).toBe(3);
  expect(jest.fn().length).toBe(0);
  f(2);
  expect(() => f(-1)).toThrow(RangeError);
  expect(f.mock.results[0]).toEqual({ type: 'return', value: 4 });
  expect(f.mock.results[1].type).toBe('throw');
  expect(f.mock.lastCall).toEqual([-1]);
  f.mockClear();
  expect(f.mock.calls).toEqual([]);
  expect(f(3)).toBe(6);
  f.mockReset();
  expect(f(3)).toBeUndefined();
});

test('clearAllMocks keeps implementations, resetAllMocks drops them', () => {
  const f = jest.fn(() => 1);
  f();
  jest.clearAllMocks();
  expect(f).not.toHaveBeenCalled();
  expect(f()).toBe(1);
  jest.resetAllMocks();
  expect(f()).toBeUndefined();
});

test('restoreAllMocks puts spied methods back', () => {
  const cart = { total() { return 10; } };
  const spy = jest.spyOn(cart, 'total').mockReturnValue(0);
  expect(cart.total()).toBe(0);
  jest.restoreAllMocks();
  expect(cart.total()).toBe(10);
  expect(jest.isMockFunction(cart.total)).toBe(false);
});

test('a mock called with new records its instance', () => {
  const Ctor = jest.fn(function (name) { this.name = name; });
  const a = new Ctor('Ana');
  expect(a.name).toBe('Ana');
  expect(Ctor.mock.instances[0]).toBe(a);
});
";
    let report = run("", tests);
    assert_eq!(report.verdict, Verdict::Passed, "{:#?}", failures(&report));
}

#[test]
fn fake_timers_fire_only_when_the_test_moves_the_clock() {
    let solution = "export function remind(cb) { setTimeout(() => cb('first'), 1000); setTimeout(() => cb('second'), 5000); }
export function poll(cb) { setInterval(cb, 100); }
";
    let tests = "import { remind, poll } from './solution';
jest.useFakeTimers();

test('advanceTimersByTime fires what is due', () => {
  const cb = jest.fn();
  remind(cb);
  expect(cb).not.toHaveBeenCalled();
  jest.advanceTimersByTime(999);
  expect(cb).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(cb).toHaveBeenCalledWith('first');
  expect(jest.getTimerCount()).toBe(1);
  jest.runAllTimers();
  expect(cb).toHaveBeenLastCalledWith('second');
});

test('runOnlyPendingTimers runs an interval once', () => {
  const cb = jest.fn();
  poll(cb);
  jest.runOnlyPendingTimers();
  expect(cb).toHaveBeenCalledTimes(1);
  jest.advanceTimersByTime(300);
  expect(cb).toHaveBeenCalledTimes(4);
  jest.clearAllTimers();
  expect(jest.getTimerCount()).toBe(0);
});

test('runAllTimers stops an endless interval with an error', () => {
  poll(() => {});
  expect(() => jest.runAllTimers()).toThrow('Assuming an endless loop of timers');
  jest.clearAllTimers();
});
";
    let report = run(solution, tests);
    assert_eq!(report.verdict, Verdict::Passed, "{:#?}", failures(&report));
}

#[test]
fn ten_thousand_pending_timers_settle_on_the_virtual_clock() {
    // Ten rounds of a thousand timers with scattered delays, each resolving a promise.
    let solution = "export async function rounds() {
  let done = 0;
  for (let round = 0; round < 10; round++) {
    const waits = [];
    for (let i = 0; i < 1000; i++) {
      const delay = (i * 7919) % 5000;
      waits.push(new Promise((resolve) => setTimeout(() => { done++; resolve(); }, delay)));
    }
    await Promise.all(waits);
  }
  return done;
}
";
    let tests = "import { rounds } from './solution';
test('all timers fire', async () => { expect(await rounds()).toBe(10000); });
";
    let report = run(solution, tests);
    assert_eq!(report.verdict, Verdict::Passed, "{:#?}", failures(&report));
}

#[test]
fn to_throw_takes_asymmetric_matchers_and_prints_them_as_jest_does() {
    let solution = "export function processString(s) {
  if (typeof s !== 'string') throw new TypeError('input must be a string');
  if (s.length < 6) throw new RangeError('too short');
  return s;
}
";
    let tests = "import { processString } from './solution';
test('TypeError for a number', () => {
  expect(() => processString(42)).toThrow(
    expect.objectContaining({ name: 'TypeError', message: expect.stringMatching(/.+/) }),
  );
});
test('wrong kind fails', () => {
  expect(() => processString('abc')).toThrow(
    expect.objectContaining({ name: 'TypeError', message: expect.any(String) }),
  );
});
";
    let report = run(solution, tests);
    assert_eq!(report.tests[0].status, TestStatus::Passed, "{report:#?}");
    assert_eq!(report.tests[1].status, TestStatus::Failed);
    let failure = report.tests[1].failure.as_ref().unwrap();
    let expected = failure.expected.as_deref().unwrap();
    assert!(
        expected.contains("ObjectContaining") && expected.contains("Any<String>"),
        "{expected}"
    );
    assert!(!expected.contains("asymmetricMatch"), "{expected}");
}

#[test]
fn node_only_modules_are_named_with_what_the_exercise_needs() {
    for tests in [
        "import { Worker } from 'worker_threads';\ntest('x', () => {});\n",
        "const fs = require('node:fs');\ntest('x', () => {});\n",
    ] {
        let report = run("", tests);
        let error = report.error.expect("an error");
        assert!(
            error.message.contains("Node.js's own modules")
                && error.message.contains("needs Node.js"),
            "{error:?}"
        );
    }
    // `require` of the test globals and of assert works as under Jest.
    let report = run(
        "",
        "const { test, expect } = require('@jest/globals');\nconst assert = require('assert');\ntest('x', () => { assert.strictEqual(1, 1); expect(1).toBe(1); });\n",
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}

#[test]
fn type_declarations_ship_with_an_exercise_but_are_not_run() {
    let report = run_with(
        "export const total = (xs) => xs.reduce((a, b) => a + b, 0);\n",
        "import { total } from './solution';\ntest('sums', () => { expect(total([1, 2])).toBe(3); });\n",
        &[(
            "global.d.ts",
            "declare type Cart = { items: number[] };\ninterface Order { id: string }\n",
        )],
    );
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}
