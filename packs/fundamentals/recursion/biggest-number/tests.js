import { describe, test, expect } from '@jest/globals';
import { bestScore } from './solution';

// Some tests below check that bestScore calls itself. They run a copy of your function in which
// every call to bestScore is counted. If your function uses a helper written outside it, the copy
// cannot run on its own, and the test only checks that the code of bestScore calls bestScore.
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

describe('bestScore', () => {
  test('finds the best score in the middle', () => {
    expect(bestScore([2, 5, 1, 3])).toBe(5);
  });

  test('finds the best score at the start', () => {
    expect(bestScore([9, 2, 4])).toBe(9);
  });

  test('finds the best score at the end', () => {
    expect(bestScore([1, 2, 8])).toBe(8);
  });

  test('returns the only score of a one item list', () => {
    expect(bestScore([4])).toBe(4);
  });

  test('returns null for an empty list', () => {
    expect(bestScore([])).toBeNull();
  });

  test('works when every number is negative', () => {
    expect(bestScore([-3, -1, -7])).toBe(-1);
  });

  test('works with zeros and repeated values', () => {
    expect(bestScore([0, 0, 0])).toBe(0);
    expect(bestScore([3, 6, 6, 2])).toBe(6);
  });

  test('does not change the array it receives', () => {
    const scores = [1, 4, 2];
    bestScore(scores);
    expect(scores).toEqual([1, 4, 2]);
  });

  test('solves it with recursion: bestScore calls itself for the rest of the list', () => {
    const run = runCounted(bestScore, 'bestScore', [[3, 9, 2, 7, 4, 1]]);
    if (run === null) {
      expect(callsItself(bestScore, 'bestScore')).toBe(true);
      return;
    }
    expect(run.result).toEqual(9);
    expect(run.calls).toBeGreaterThanOrEqual(6);
  });
});
