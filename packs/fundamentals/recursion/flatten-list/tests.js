import { describe, test, expect } from '@jest/globals';
import { flattenList } from './solution';

// Some tests below check that flattenList calls itself. They run a copy of your function in which
// every call to flattenList is counted. If your function uses a helper written outside it, the copy
// cannot run on its own, and the test only checks that the code of flattenList calls flattenList.
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

describe('flattenList', () => {
  test('flattens a packing list with groups', () => {
    const packing = ['passport', ['toothbrush', 'soap', ['earrings', 'ring']], 'jacket'];
    expect(flattenList(packing)).toEqual(['passport', 'toothbrush', 'soap', 'earrings', 'ring', 'jacket']);
  });

  test('flattens deep nesting', () => {
    expect(flattenList([1, [2, [3, [4]]]])).toEqual([1, 2, 3, 4]);
  });

  test('returns an empty array for an empty list', () => {
    expect(flattenList([])).toEqual([]);
  });

  test('drops empty sub-lists', () => {
    expect(flattenList([[], [[]], [[], []]])).toEqual([]);
  });

  test('keeps a flat list as it is', () => {
    expect(flattenList(['José', 'ñandú', 0, -2])).toEqual(['José', 'ñandú', 0, -2]);
  });

  test('keeps null and objects as entries', () => {
    const card = { name: 'Ana' };
    expect(flattenList([null, [card]])).toEqual([null, { name: 'Ana' }]);
  });

  test('returns a new array', () => {
    const list = ['a', 'b'];
    expect(flattenList(list)).not.toBe(list);
  });

  test('does not change the list it receives', () => {
    const list = [1, [2, [3]]];
    flattenList(list);
    expect(list).toEqual([1, [2, [3]]]);
  });

  test('solves it with recursion: flattenList calls itself for the sub-lists', () => {
    const run = runCounted(flattenList, 'flattenList', [[1, [2, [3, [4]]], [5]]]);
    if (run === null) {
      expect(callsItself(flattenList, 'flattenList')).toBe(true);
      return;
    }
    expect(run.result).toEqual([1, 2, 3, 4, 5]);
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('does not use the built-in flat', () => {
    without(Array.prototype, ['flat'], () => {
      expect(flattenList(['a', ['b', ['c']]])).toEqual(['a', 'b', 'c']);
    });
  });
});
