import { describe, test, expect } from '@jest/globals';
import { countComments, threadLines, hasAuthor } from './solution';

// Some tests below check that the functions call themselves. They run a copy of your function
// in which every call to it is counted. If your function uses a helper written outside it, the
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

const makeThread = () => [
  { author: "Ximena", text: "Is the rooftop open on Sunday?", replies: [
    { author: "Iker", text: "Yes, until 6 pm.", replies: [
      { author: "Ximena", text: "Thanks!", replies: [] },
    ] },
  ] },
  { author: "José", text: "Printer on floor 2 is jammed.", replies: [] },
];

const makeWide = () => [
  { author: "Ana", text: "Coffee machine?", replies: [
    { author: "Beto", text: "Kitchen.", replies: [] },
    { author: "Caro", text: "Floor 3 too.", replies: [
      { author: "Dani", text: "Floor 3 is out of beans.", replies: [] },
    ] },
  ] },
  { author: "Eva", text: "Lost keys", replies: [] },
];

describe('countComments', () => {
  test('counts the comments at every depth', () => {
    expect(countComments(makeThread())).toBe(4);
    expect(countComments(makeWide())).toBe(5);
  });

  test('is 1 for a single comment without replies', () => {
    expect(countComments([{ author: "Ana", text: "Hi", replies: [] }])).toBe(1);
  });

  test('is 0 for an empty thread', () => {
    expect(countComments([])).toBe(0);
  });
});

describe('threadLines', () => {
  test('indents each level by two spaces, in reading order', () => {
    expect(threadLines(makeThread())).toEqual([
      "Ximena: Is the rooftop open on Sunday?",
      "  Iker: Yes, until 6 pm.",
      "    Ximena: Thanks!",
      "José: Printer on floor 2 is jammed.",
    ]);
  });

  test('lists siblings at the same depth', () => {
    expect(threadLines(makeWide())).toEqual([
      "Ana: Coffee machine?",
      "  Beto: Kitchen.",
      "  Caro: Floor 3 too.",
      "    Dani: Floor 3 is out of beans.",
      "Eva: Lost keys",
    ]);
  });

  test('starts at the depth it is given', () => {
    expect(threadLines([{ author: "Ana", text: "Hi", replies: [] }], 2)).toEqual(["    Ana: Hi"]);
  });

  test('returns an empty array for an empty thread', () => {
    expect(threadLines([])).toEqual([]);
  });
});

describe('hasAuthor', () => {
  test('finds an author at the top level after other branches', () => {
    expect(hasAuthor(makeThread(), "José")).toBe(true);
  });

  test('finds an author deep in a later branch', () => {
    expect(hasAuthor(makeWide(), "Dani")).toBe(true);
    expect(hasAuthor(makeWide(), "Eva")).toBe(true);
  });

  test('is false for someone who did not write', () => {
    expect(hasAuthor(makeThread(), "Renata")).toBe(false);
    expect(hasAuthor([], "Ana")).toBe(false);
  });
});

describe('recursion', () => {
  test('countComments calls itself for the replies', () => {
    const run = runCounted(countComments, 'countComments', [makeWide()]);
    if (run === null) {
      expect(callsItself(countComments, 'countComments')).toBe(true);
      return;
    }
    expect(run.result).toBe(5);
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('threadLines calls itself for the replies', () => {
    const run = runCounted(threadLines, 'threadLines', [makeWide()]);
    if (run === null) {
      expect(callsItself(threadLines, 'threadLines')).toBe(true);
      return;
    }
    expect(run.result).toHaveLength(5);
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('hasAuthor calls itself for the replies', () => {
    const run = runCounted(hasAuthor, 'hasAuthor', [makeWide(), "Nobody"]);
    if (run === null) {
      expect(callsItself(hasAuthor, 'hasAuthor')).toBe(true);
      return;
    }
    expect(run.result).toBe(false);
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });
});
