import { describe, test, expect } from '@jest/globals';
import { countProducts, withDiscount, cheapest } from './solution';

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

const makeCatalog = () => ({
  name: "Talavera",
  products: [{ name: "Azulejo 10 cm", price: 4500 }],
  subcategories: [
    { name: "Cocina", products: [
      { name: "Plato hondo", price: 32000 },
      { name: "Taza", price: 18500 },
    ], subcategories: [
      { name: "Jarras", products: [{ name: "Jarra 1 L", price: 65000 }], subcategories: [] },
    ] },
    { name: "Decoración", products: [], subcategories: [
      { name: "Macetas", products: [{ name: "Maceta chica", price: 4500 }], subcategories: [] },
    ] },
  ],
});

const empty = () => ({ name: "Nuevo", products: [], subcategories: [
  { name: "Vacío", products: [], subcategories: [] },
] });

describe('countProducts still works', () => {
  test('counts every product', () => {
    expect(countProducts(makeCatalog())).toBe(5);
    expect(countProducts(empty())).toBe(0);
  });
});

describe('withDiscount', () => {
  test('discounts every price at every depth', () => {
    expect(withDiscount(makeCatalog(), 15)).toEqual({
      name: "Talavera",
      products: [{ name: "Azulejo 10 cm", price: 3825 }],
      subcategories: [
        { name: "Cocina", products: [
          { name: "Plato hondo", price: 27200 },
          { name: "Taza", price: 15725 },
        ], subcategories: [
          { name: "Jarras", products: [{ name: "Jarra 1 L", price: 55250 }], subcategories: [] },
        ] },
        { name: "Decoración", products: [], subcategories: [
          { name: "Macetas", products: [{ name: "Maceta chica", price: 3825 }], subcategories: [] },
        ] },
      ],
    });
  });

  test('rounds to the nearest centavo', () => {
    const one = { name: "A", products: [{ name: "Plato", price: 999 }], subcategories: [] };
    expect(withDiscount(one, 10).products[0].price).toBe(899);
    expect(withDiscount(one, 25).products[0].price).toBe(749);
  });

  test('does not change the catalog it receives', () => {
    const catalog = makeCatalog();
    withDiscount(catalog, 30);
    expect(catalog).toEqual(makeCatalog());
  });

  test('returns new objects, not the old ones', () => {
    const catalog = makeCatalog();
    const sale = withDiscount(catalog, 0);
    expect(sale).toEqual(catalog);
    expect(sale.subcategories[1]).not.toBe(catalog.subcategories[1]);
    expect(sale.subcategories[0].products[0]).not.toBe(catalog.subcategories[0].products[0]);
  });
});

describe('cheapest', () => {
  test('finds the cheapest product, the first one on a tie', () => {
    expect(cheapest(makeCatalog())).toEqual({ name: "Azulejo 10 cm", price: 4500 });
  });

  test('looks inside subcategories', () => {
    expect(cheapest(makeCatalog().subcategories[0])).toEqual({ name: "Taza", price: 18500 });
    expect(cheapest(makeCatalog().subcategories[1])).toEqual({ name: "Maceta chica", price: 4500 });
  });

  test('finds a cheaper product deep in a later branch', () => {
    const catalog = makeCatalog();
    catalog.subcategories[1].subcategories[0].products.push({ name: "Maceta mini", price: 3000 });
    expect(cheapest(catalog)).toEqual({ name: "Maceta mini", price: 3000 });
  });

  test('is null when there are no products', () => {
    expect(cheapest(empty())).toBeNull();
  });
});

describe('recursion', () => {
  test('withDiscount calls itself for each category', () => {
    const run = runCounted(withDiscount, 'withDiscount', [makeCatalog(), 10]);
    if (run === null) {
      expect(callsItself(withDiscount, 'withDiscount')).toBe(true);
      return;
    }
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });

  test('cheapest calls itself for each category', () => {
    const run = runCounted(cheapest, 'cheapest', [makeCatalog()]);
    if (run === null) {
      expect(callsItself(cheapest, 'cheapest')).toBe(true);
      return;
    }
    expect(run.result).toEqual({ name: "Azulejo 10 cm", price: 4500 });
    expect(run.calls).toBeGreaterThanOrEqual(5);
  });
});
