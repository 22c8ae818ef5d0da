import { describe, test, expect } from '@jest/globals';
import { power } from './solution';

// Some tests below check that power calls itself. They run a copy of your function in which
// every call to power is counted. If your function uses a helper written outside it, the copy
// cannot run on its own, and the test only checks that the code of power calls power.
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

describe('power', () => {
  test('follows a chain message for three rounds', () => {
    expect(power(3, 3)).toBe(27);
  });

  test('doubles ten times', () => {
    expect(power(2, 10)).toBe(1024);
  });

  test('returns the base for exponent one', () => {
    expect(power(5, 1)).toBe(5);
  });

  test('returns one for exponent zero', () => {
    expect(power(7, 0)).toBe(1);
  });

  test('returns one for zero to the power of zero', () => {
    expect(power(0, 0)).toBe(1);
  });

  test('returns zero for zero to a positive power', () => {
    expect(power(0, 4)).toBe(0);
  });

  test('works with a negative base', () => {
    expect(power(-2, 3)).toBe(-8);
    expect(power(-2, 4)).toBe(16);
  });

  test('works with decimals', () => {
    expect(power(1.5, 2)).toBeCloseTo(2.25);
  });

  test('solves it with recursion: power calls itself', () => {
    const run = runCounted(power, 'power', [2, 16]);
    if (run === null) {
      expect(callsItself(power, 'power')).toBe(true);
      return;
    }
    expect(run.result).toEqual(65536);
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('does not use Math.pow', () => {
    without(Math, ['pow'], () => {
      expect(power(3, 4)).toBe(81);
    });
  });
});
