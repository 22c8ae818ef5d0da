import { describe, test, expect } from '@jest/globals';
import { withFallback } from './solution';

describe('withFallback', () => {
  test('returns the result of a task that works', () => {
    expect(withFallback(() => 2 + 2, 0)).toBe(4);
  });

  test('returns the fallback when the task throws', () => {
    const task = () => {
      throw new Error('offline');
    };
    expect(withFallback(task, 3950)).toBe(3950);
  });

  test('catches TypeErrors from reading undefined', () => {
    const user = undefined;
    expect(withFallback(() => user.name, 'Guest')).toBe('Guest');
  });

  test('keeps falsy results that are not errors', () => {
    expect(withFallback(() => 0, 10)).toBe(0);
    expect(withFallback(() => '', 'x')).toBe('');
    expect(withFallback(() => null, 'x')).toBeNull();
  });

  test('runs the task exactly once', () => {
    let calls = 0;
    withFallback(() => {
      calls++;
      return 'ok';
    }, 'fallback');
    expect(calls).toBe(1);
  });

  test('works with objects as fallbacks', () => {
    const task = () => {
      throw new RangeError('too big');
    };
    expect(withFallback(task, { city: 'Mérida' })).toEqual({ city: 'Mérida' });
  });

  test('returns undefined when the task throws and no fallback is given', () => {
    const task = () => {
      throw new Error('nope');
    };
    expect(withFallback(task)).toBeUndefined();
  });
});
