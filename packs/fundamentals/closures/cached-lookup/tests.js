import { describe, test, expect } from '@jest/globals';
import { makeCached } from './solution';

function makeCountingLookup(answers) {
  const counter = { calls: 0 };
  const lookup = (key) => {
    counter.calls = counter.calls + 1;
    return answers[key];
  };
  return { counter, lookup };
}

describe('makeCached', () => {
  test('returns the answer of the lookup', () => {
    const { lookup } = makeCountingLookup({ MXN: 18.5 });
    expect(makeCached(lookup)('MXN')).toBe(18.5);
  });

  test('asks only once for the same key', () => {
    const { counter, lookup } = makeCountingLookup({ MXN: 18.5 });
    const rate = makeCached(lookup);
    rate('MXN');
    rate('MXN');
    expect(rate('MXN')).toBe(18.5);
    expect(counter.calls).toBe(1);
  });

  test('asks again for a new key', () => {
    const { counter, lookup } = makeCountingLookup({ MXN: 18.5, EUR: 0.9 });
    const rate = makeCached(lookup);
    rate('MXN');
    expect(rate('EUR')).toBe(0.9);
    expect(counter.calls).toBe(2);
  });

  test('remembers falsy answers too', () => {
    const { counter, lookup } = makeCountingLookup({ zero: 0, empty: '', no: null });
    const cached = makeCached(lookup);
    expect(cached('zero')).toBe(0);
    expect(cached('zero')).toBe(0);
    expect(cached('empty')).toBe('');
    expect(cached('empty')).toBe('');
    expect(cached('no')).toBeNull();
    expect(cached('no')).toBeNull();
    expect(counter.calls).toBe(3);
  });

  test('works with keys named like built-in methods', () => {
    let calls = 0;
    const cached = makeCached((key) => {
      calls = calls + 1;
      return `answer for ${key}`;
    });
    for (const key of ['toString', 'constructor', 'hasOwnProperty', 'toString', 'hasOwnProperty']) {
      expect(cached(key)).toBe(`answer for ${key}`);
    }
    expect(calls).toBe(3);
  });

  test('treats accented keys as different', () => {
    const { counter, lookup } = makeCountingLookup({ 'José': 1, Jose: 2 });
    const cached = makeCached(lookup);
    expect(cached('José')).toBe(1);
    expect(cached('Jose')).toBe(2);
    expect(counter.calls).toBe(2);
  });

  test('gives each cached function its own memory', () => {
    const first = makeCountingLookup({ a: 'first' });
    const second = makeCountingLookup({ a: 'second' });
    const cachedFirst = makeCached(first.lookup);
    const cachedSecond = makeCached(second.lookup);
    expect(cachedFirst('a')).toBe('first');
    expect(cachedSecond('a')).toBe('second');
    expect(second.counter.calls).toBe(1);
  });

  test('does not call the lookup before it is needed', () => {
    const { counter, lookup } = makeCountingLookup({});
    makeCached(lookup);
    expect(counter.calls).toBe(0);
  });
});
