import { describe, test, expect } from '@jest/globals';
import { isPalindrome } from './solution';

// Some tests below check that isPalindrome calls itself. They run a copy of your function in which
// every call to isPalindrome is counted. If your function uses a helper written outside it, the copy
// cannot run on its own, and the test only checks that the code of isPalindrome calls isPalindrome.
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

describe('isPalindrome', () => {
  test('accepts a word with a capital letter', () => {
    expect(isPalindrome('Oso')).toBe(true);
  });

  test('accepts a phrase with spaces', () => {
    expect(isPalindrome('Anita lava la tina')).toBe(true);
  });

  test('rejects a word that is not a palindrome', () => {
    expect(isPalindrome('hola')).toBe(false);
  });

  test('accepts the empty string', () => {
    expect(isPalindrome('')).toBe(true);
  });

  test('accepts a single letter and only spaces', () => {
    expect(isPalindrome('x')).toBe(true);
    expect(isPalindrome('   ')).toBe(true);
  });

  test('handles ñ and accents', () => {
    expect(isPalindrome('añaña')).toBe(true);
    expect(isPalindrome('áa')).toBe(false);
  });

  test('rejects a phrase that differs only in the middle', () => {
    expect(isPalindrome('ab c ba x')).toBe(false);
    expect(isPalindrome('ab cxba')).toBe(false);
  });

  test('ignores spaces at the start and the end', () => {
    expect(isPalindrome('  Reconocer ')).toBe(true);
  });

  test('treats punctuation as a character', () => {
    expect(isPalindrome('ojo!')).toBe(false);
  });

  test('solves it with recursion: isPalindrome calls itself as it moves inwards', () => {
    const run = runCounted(isPalindrome, 'isPalindrome', ['Anita lava la tina']);
    if (run === null) {
      expect(callsItself(isPalindrome, 'isPalindrome')).toBe(true);
      return;
    }
    expect(run.result).toEqual(true);
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('skips spaces as it goes instead of building a cleaned-up copy', () => {
    without(String.prototype, ['replace', 'replaceAll', 'split'], () => {
      without(Array.prototype, ['join', 'filter', 'reverse'], () => {
        expect(isPalindrome('Anita lava la tina')).toBe(true);
        expect(isPalindrome(' a b c ')).toBe(false);
      });
    });
  });
});
