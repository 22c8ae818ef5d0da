import { describe, test, expect } from '@jest/globals';
import { reverseText } from './solution';

// Some tests below check that reverseText calls itself. They run a copy of your function in which
// every call to reverseText is counted. If your function uses a helper written outside it, the copy
// cannot run on its own, and the test only checks that the code of reverseText calls reverseText.
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

describe('reverseText', () => {
  test('reverses a short word', () => {
    expect(reverseText('hola')).toBe('aloh');
  });

  test('keeps accented letters', () => {
    expect(reverseText('José')).toBe('ésoJ');
  });

  test('keeps the letter ñ', () => {
    expect(reverseText('niño')).toBe('oñin');
  });

  test('returns a single letter as it is', () => {
    expect(reverseText('a')).toBe('a');
  });

  test('returns an empty string for an empty string', () => {
    expect(reverseText('')).toBe('');
  });

  test('moves spaces and punctuation too', () => {
    expect(reverseText('Hi, Ana')).toBe('anA ,iH');
  });

  test('reverses digits', () => {
    expect(reverseText('2024')).toBe('4202');
  });

  test('gives back the original when reversed twice', () => {
    expect(reverseText(reverseText('Buenos Aires'))).toBe('Buenos Aires');
  });

  test('solves it with recursion: reverseText calls itself on the rest of the text', () => {
    const run = runCounted(reverseText, 'reverseText', ['recursion']);
    if (run === null) {
      expect(callsItself(reverseText, 'reverseText')).toBe(true);
      return;
    }
    expect(run.result).toEqual('noisrucer');
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('does not use the array method reverse', () => {
    without(Array.prototype, ['reverse'], () => {
      expect(reverseText('Hi, Ana')).toBe('anA ,iH');
    });
  });
});
