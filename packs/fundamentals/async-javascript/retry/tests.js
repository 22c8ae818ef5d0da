import { describe, test, expect } from '@jest/globals';
import { withRetry } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A fake task that fails `failures` times, then succeeds with `value`.
function flakyTask(failures, value) {
  const task = () => {
    task.calls++;
    if (task.calls <= failures) {
      return Promise.reject(new Error(`No signal (try ${task.calls})`));
    }
    return Promise.resolve(value);
  };
  task.calls = 0;
  return task;
}

describe('withRetry', () => {
  test('returns the value when the first attempt works', async () => {
    const task = flakyTask(0, "Ticket #1");
    await expect(withRetry(task)).resolves.toBe("Ticket #1");
    expect(task.calls).toBe(1);
  });

  test('retries until an attempt works', async () => {
    const task = flakyTask(2, "Ticket #4410");
    await expect(withRetry(task)).resolves.toBe("Ticket #4410");
    expect(task.calls).toBe(3);
  });

  test('rejects with the last error when every attempt fails', async () => {
    const task = flakyTask(10, "never");
    await expect(withRetry(task)).rejects.toThrow("No signal (try 3)");
    expect(task.calls).toBe(3);
  });

  test('uses the number of attempts it is given', async () => {
    const task = flakyTask(10, "never");
    await expect(withRetry(task, 5, 200)).rejects.toThrow("No signal (try 5)");
    expect(task.calls).toBe(5);
  });

  test('makes exactly one attempt when attempts is 1', async () => {
    const task = flakyTask(1, "late");
    await expect(withRetry(task, 1)).rejects.toThrow("No signal (try 1)");
    expect(task.calls).toBe(1);
  });

  test('waits between attempts', async () => {
    const task = flakyTask(5, "ok");
    const result = withRetry(task, 3, 1000);
    result.catch(() => {});
    await sleep(500);
    expect(task.calls).toBe(1);
    await sleep(1000);
    expect(task.calls).toBe(2);
    await sleep(1000);
    expect(task.calls).toBe(3);
  });

  test('does not wait after the last failed attempt', async () => {
    const task = flakyTask(10, "never");
    let settled = false;
    withRetry(task, 2, 1000).catch(() => {
      settled = true;
    });
    // The second and last attempt fails at about 1000 ms: the rejection should follow at once,
    // not after another pause of 1000 ms.
    await sleep(1500);
    expect(task.calls).toBe(2);
    expect(settled).toBe(true);
  });

  test('does not wait before the first attempt', () => {
    const task = flakyTask(0, "now");
    withRetry(task);
    expect(task.calls).toBe(1);
  });

  test('works with a value of 0', async () => {
    const task = flakyTask(1, 0);
    await expect(withRetry(task, 2, 10)).resolves.toBe(0);
  });
});
