import { describe, test, expect } from '@jest/globals';
import { countdown } from './solution';

// Some tests below check that countdown calls itself. They run a copy of your function in which
// every call to countdown is counted. If your function uses a helper written outside it, the copy
// cannot run on its own, and the test only checks that the code of countdown calls countdown.
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

describe('countdown', () => {
  test('counts down from three', () => {
    expect(countdown(3)).toBe('3 2 1 Lift off!');
  });

  test('counts down from one', () => {
    expect(countdown(1)).toBe('1 Lift off!');
  });

  test('lifts off straight away from zero', () => {
    expect(countdown(0)).toBe('Lift off!');
  });

  test('lifts off straight away from a negative number', () => {
    expect(countdown(-4)).toBe('Lift off!');
  });

  test('counts down from ten', () => {
    expect(countdown(10)).toBe('10 9 8 7 6 5 4 3 2 1 Lift off!');
  });

  test('always ends with Lift off!', () => {
    expect(countdown(7)).toMatch(/1 Lift off!$/);
  });

  test('has no extra spaces', () => {
    expect(countdown(2)).toHaveLength('2 1 Lift off!'.length);
  });

  test('solves it with recursion: countdown calls itself for each number', () => {
    const run = runCounted(countdown, 'countdown', [5]);
    if (run === null) {
      expect(callsItself(countdown, 'countdown')).toBe(true);
      return;
    }
    expect(run.result).toEqual('5 4 3 2 1 Lift off!');
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });
});
