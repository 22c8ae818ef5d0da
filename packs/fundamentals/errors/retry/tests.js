import { describe, test, expect } from '@jest/globals';
import { retry } from './solution';

function flakyPayment(attempt) {
  if (attempt < 3) {
    throw new Error(`timeout on attempt ${attempt}`);
  }
  return 'approved';
}

describe('retry', () => {
  test('returns at once when the first try works', () => {
    let calls = 0;
    const result = retry(() => {
      calls++;
      return 'ok';
    }, 3);
    expect(result).toBe('ok');
    expect(calls).toBe(1);
  });

  test('keeps trying until a call works', () => {
    expect(retry(flakyPayment, 5)).toBe('approved');
  });

  test('passes the attempt number and stops after the first success', () => {
    const seen = [];
    retry((attempt) => {
      seen.push(attempt);
      return flakyPayment(attempt);
    }, 5);
    expect(seen).toEqual([1, 2, 3]);
  });

  test('rethrows the error from the last attempt', () => {
    expect(() => retry(flakyPayment, 2)).toThrow('timeout on attempt 2');
  });

  test('rethrows the same kind of error', () => {
    const task = () => {
      throw new TypeError('bad card');
    };
    expect(() => retry(task, 3)).toThrow(TypeError);
  });

  test('calls the task exactly times times when all fail', () => {
    let calls = 0;
    const task = () => {
      calls++;
      throw new Error('down');
    };
    expect(() => retry(task, 4)).toThrow('down');
    expect(calls).toBe(4);
  });

  test('refuses zero or negative times without calling the task', () => {
    let calls = 0;
    const task = () => {
      calls++;
      return 'ok';
    };
    expect(() => retry(task, 0)).toThrow(RangeError);
    expect(() => retry(task, -2)).toThrow('times must be at least 1');
    expect(calls).toBe(0);
  });

  test('keeps a falsy result', () => {
    expect(retry(() => 0, 2)).toBe(0);
  });
});
