import { describe, test, expect } from '@jest/globals';
import { orderTotal, countUnits, itemList } from './solution';

// Some tests below check that orderTotal and countUnits call themselves. They run a copy of your
// function in which every call to it is counted. If your function uses a helper written outside
// it, the copy cannot run on its own, and the test only checks that its code calls itself.
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

const order = [
  { name: 'Tamal verde', qty: 3, price: 2800 },
  { name: 'Champurrado', qty: 2, price: 3500 },
];

describe('orderTotal', () => {
  test('adds up every line', () => {
    expect(orderTotal(order)).toBe(15400);
  });

  test('works for one line', () => {
    expect(orderTotal([{ name: 'Tamal de rajas', qty: 1, price: 3000 }])).toBe(3000);
  });

  test('is 0 for an empty order', () => {
    expect(orderTotal([])).toBe(0);
  });

  test('counts the last line too', () => {
    const big = [
      { name: 'A', qty: 1, price: 100 },
      { name: 'B', qty: 1, price: 10 },
      { name: 'C', qty: 1, price: 1 },
    ];
    expect(orderTotal(big)).toBe(111);
  });
});

describe('countUnits', () => {
  test('adds up the quantities', () => {
    expect(countUnits(order)).toBe(5);
  });

  test('is 0 for an empty order', () => {
    expect(countUnits([])).toBe(0);
  });

  test('returns a number for a single line', () => {
    expect(countUnits([{ name: 'Tamal verde', qty: 3, price: 2800 }])).toBe(3);
  });
});

describe('itemList', () => {
  test('joins the names', () => {
    expect(itemList(order)).toBe('Tamal verde, Champurrado');
    expect(itemList([])).toBe('');
  });
});

describe('recursion', () => {
  const sixLines = [
    { name: 'Tamal verde', qty: 3, price: 2800 },
    { name: 'Tamal de mole', qty: 1, price: 3200 },
    { name: 'Champurrado', qty: 2, price: 3500 },
    { name: 'Tamal de rajas', qty: 4, price: 3000 },
    { name: 'Atole de fresa', qty: 1, price: 3000 },
    { name: 'Tamal dulce', qty: 2, price: 2500 },
  ];

  test('orderTotal solves it with recursion: it calls itself for the rest of the lines', () => {
    const run = runCounted(orderTotal, 'orderTotal', [sixLines]);
    if (run === null) {
      expect(callsItself(orderTotal, 'orderTotal')).toBe(true);
      return;
    }
    expect(run.result).toBe(38600);
    expect(run.calls).toBeGreaterThanOrEqual(6);
  });

  test('countUnits solves it with recursion: it calls itself for the rest of the lines', () => {
    const run = runCounted(countUnits, 'countUnits', [sixLines]);
    if (run === null) {
      expect(callsItself(countUnits, 'countUnits')).toBe(true);
      return;
    }
    expect(run.result).toBe(13);
    expect(run.calls).toBeGreaterThanOrEqual(6);
  });

  test('does not hand the work to reduce or forEach', () => {
    const results = without(Array.prototype, ['reduce', 'reduceRight', 'forEach'], () => [
      orderTotal(sixLines),
      countUnits(sixLines),
    ]);
    expect(results).toEqual([38600, 13]);
  });
});

describe('all of them', () => {
  test('leave the order unchanged', () => {
    const copy = order.map((line) => ({ ...line }));
    orderTotal(order);
    countUnits(order);
    itemList(order);
    expect(order).toEqual(copy);
  });

  test('handle a long order without crashing', () => {
    const long = [];
    for (let i = 0; i < 300; i++) {
      long.push({ name: 'Tamal', qty: 1, price: 2800 });
    }
    expect(orderTotal(long)).toBe(840000);
    expect(countUnits(long)).toBe(300);
  });
});
