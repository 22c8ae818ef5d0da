import { describe, test, expect } from '@jest/globals';
import { countPeople, levels, namesAtLevel } from './solution';

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

const makeChart = () => ({
  name: "Lucía",
  reports: [
    { name: "Óscar", reports: [
      { name: "Ximena", reports: [] },
      { name: "Iván", reports: [
        { name: "Zoé", reports: [] },
      ] },
    ] },
    { name: "Renata", reports: [
      { name: "José", reports: [] },
    ] },
    { name: "Bruno", reports: [] },
  ],
});

const alone = () => ({ name: "Ana", reports: [] });

// A chain of 6 people, each reporting to the one before.
const makeChain = () => {
  let person = { name: "P6", reports: [] };
  for (let i = 5; i >= 1; i--) {
    person = { name: `P${i}`, reports: [person] };
  }
  return person;
};

describe('countPeople', () => {
  test('counts everyone in the chart', () => {
    expect(countPeople(makeChart())).toBe(8);
  });

  test('counts one for a person with no reports', () => {
    expect(countPeople(alone())).toBe(1);
  });

  test('counts a long chain', () => {
    expect(countPeople(makeChain())).toBe(6);
  });
});

describe('levels', () => {
  test('counts the levels of the chart', () => {
    expect(levels(makeChart())).toBe(4);
  });

  test('is 1 for a person with no reports', () => {
    expect(levels(alone())).toBe(1);
  });

  test('follows the deepest branch, wherever it is', () => {
    const chart = makeChart();
    chart.reports[2].reports = [makeChain()];
    expect(levels(chart)).toBe(8);
  });
});

describe('namesAtLevel', () => {
  test('level 0 is the person alone', () => {
    expect(namesAtLevel(makeChart(), 0)).toEqual(["Lucía"]);
  });

  test('lists a level left to right', () => {
    expect(namesAtLevel(makeChart(), 1)).toEqual(["Óscar", "Renata", "Bruno"]);
    expect(namesAtLevel(makeChart(), 2)).toEqual(["Ximena", "Iván", "José"]);
    expect(namesAtLevel(makeChart(), 3)).toEqual(["Zoé"]);
  });

  test('returns an empty array below the last level', () => {
    expect(namesAtLevel(makeChart(), 4)).toEqual([]);
    expect(namesAtLevel(alone(), 9)).toEqual([]);
  });

  test('does not change the chart', () => {
    const chart = makeChart();
    countPeople(chart);
    levels(chart);
    namesAtLevel(chart, 2);
    expect(chart).toEqual(makeChart());
  });
});

describe('recursion', () => {
  test('countPeople calls itself once per person', () => {
    const run = runCounted(countPeople, 'countPeople', [makeChart()]);
    if (run === null) {
      expect(callsItself(countPeople, 'countPeople')).toBe(true);
      return;
    }
    expect(run.result).toBe(8);
    expect(run.calls).toBeGreaterThanOrEqual(8);
  });

  test('levels calls itself once per person', () => {
    const run = runCounted(levels, 'levels', [makeChart()]);
    if (run === null) {
      expect(callsItself(levels, 'levels')).toBe(true);
      return;
    }
    expect(run.result).toBe(4);
    expect(run.calls).toBeGreaterThanOrEqual(8);
  });

  test('namesAtLevel calls itself on the way down', () => {
    const run = runCounted(namesAtLevel, 'namesAtLevel', [makeChain(), 5]);
    if (run === null) {
      expect(callsItself(namesAtLevel, 'namesAtLevel')).toBe(true);
      return;
    }
    expect(run.result).toEqual(["P6"]);
    expect(run.calls).toBeGreaterThanOrEqual(6);
  });
});
