import { describe, test, expect } from '@jest/globals';
import { withCommas } from './solution';

// One test below checks that withCommas calls itself. It runs a copy of your function in
// which every call to it is counted. If your function uses a helper written outside it, the
// copy cannot run on its own, and the test only checks that its code calls itself.
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
    for (let i = 0; i < names.length; i++) {
      owner[names[i]] = saved[i];
    }
  }
}

describe('withCommas', () => {
  test('adds commas every three digits from the right', () => {
    expect(withCommas("1234567")).toBe("1,234,567");
  });

  test('handles a first group of one or two digits', () => {
    expect(withCommas("1000")).toBe("1,000");
    expect(withCommas("50000")).toBe("50,000");
  });

  test('leaves numbers of up to three digits alone', () => {
    expect(withCommas("999")).toBe("999");
    expect(withCommas("42")).toBe("42");
    expect(withCommas("7")).toBe("7");
  });

  test('puts no comma at the start of a six-digit number', () => {
    expect(withCommas("250000")).toBe("250,000");
  });

  test('keeps zeros inside the groups', () => {
    expect(withCommas("10000001")).toBe("10,000,001");
  });

  test('keeps a minus sign in front, with no comma after it', () => {
    expect(withCommas("-2500000")).toBe("-2,500,000");
    expect(withCommas("-250")).toBe("-250");
    expect(withCommas("-250000")).toBe("-250,000");
  });

  test('works for very long amounts', () => {
    expect(withCommas("123456789012345678")).toBe("123,456,789,012,345,678");
  });
});

describe('recursion', () => {
  test('calls itself once per group of digits', () => {
    const run = runCounted(withCommas, 'withCommas', ["1234567890"]);
    if (run === null) {
      expect(callsItself(withCommas, 'withCommas')).toBe(true);
      return;
    }
    expect(run.result).toBe("1,234,567,890");
    expect(run.calls).toBeGreaterThanOrEqual(4);
  });

  test('does not use built-in number formatting or replace', () => {
    const result = without(Number.prototype, ['toLocaleString'], () =>
      without(String.prototype, ['replace', 'replaceAll', 'toLocaleString'], () =>
        without(Intl, ['NumberFormat'], () => withCommas("9876543")),
      ),
    );
    expect(result).toBe("9,876,543");
  });
});
