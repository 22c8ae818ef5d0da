import { describe, test, expect } from '@jest/globals';
import { digitSum } from './solution';

// Some tests below check that digitSum calls itself. They run a copy of your function in which
// every call to digitSum is counted. If your function uses a helper written outside it, the copy
// cannot run on its own, and the test only checks that the code of digitSum calls digitSum.
function runCounted(fn, name, args) {
  const source = fn.toString();
  const isDeclaration = /^(async\s+)?function[\s*]/.test(source);
  const declaration = isDeclaration ? source : `let ${name} = ${source};`;
  try {
    const copy = new Function(
      `"use strict";\n${declaration}\nconst original = ${name};\nconst counter = { calls: 0 };\n` +
        `${name} = function (...args) {\n  counter.calls++;\n  return original.apply(this, args);\n};\n` +
        `return { fn: ${name}, counter };`,
    )();
    return { result: copy.fn(...args), calls: copy.counter.calls };
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof SyntaxError) {
      return null;
    }
    throw error;
  }
}

function callsItself(fn, name) {
  const source = fn.toString();
  const calls = source.match(new RegExp(`\\b${name}\\s*\\(`, 'g')) ?? [];
  const header = /^(async\s+)?function[\s*]/.test(source) ? 1 : 0;
  return calls.length - header >= 1;
}

// Replaces some built-in methods with ones that throw, runs `action`, then puts them back.
function without(owner, names, action) {
  const saved = names.map((name) => owner[name]);
  for (const name of names) {
    owner[name] = function () {
      throw new Error(`this exercise asks you not to use ${name}`);
    };
  }
  try {
    return action();
  } finally {
    names.forEach((name, i) => {
      owner[name] = saved[i];
    });
  }
}

describe('digitSum', () => {
  test('adds the digits of a year', () => {
    expect(digitSum(2024)).toBe(8);
  });

  test('returns a single digit as it is', () => {
    expect(digitSum(7)).toBe(7);
  });

  test('returns zero for zero', () => {
    expect(digitSum(0)).toBe(0);
  });

  test('adds many nines', () => {
    expect(digitSum(99999)).toBe(45);
  });

  test('ignores the minus sign', () => {
    expect(digitSum(-305)).toBe(8);
  });

  test('counts zeros inside the number as nothing', () => {
    expect(digitSum(1000000)).toBe(1);
  });

  test('works for a two digit number', () => {
    expect(digitSum(10)).toBe(1);
    expect(digitSum(58)).toBe(13);
  });

  test('solves it with recursion: digitSum calls itself once per digit', () => {
    const run = runCounted(digitSum, 'digitSum', [98765]);
    if (run === null) {
      expect(callsItself(digitSum, 'digitSum')).toBe(true);
      return;
    }
    expect(run.result).toEqual(35);
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('works with numbers, not with text', () => {
    without(String.prototype, ['split', 'slice', 'substring', 'substr', 'charAt', 'at', 'padStart'], () => {
      expect(digitSum(4096)).toBe(19);
      expect(digitSum(-305)).toBe(8);
    });
  });
});
