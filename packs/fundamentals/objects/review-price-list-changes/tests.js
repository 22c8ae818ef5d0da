import { describe, test, expect } from '@jest/globals';
import { priceChanges } from './solution';

function april() {
  return { "Jugo verde": 4500, "Licuado de plátano": 5500, "Agua de jamaica": 2500, "Salsa extra": 0 };
}

function may() {
  return { "Jugo verde": 4800, "Agua de jamaica": 2500, "Salsa extra": 0, "Tostada de nopal": 6500 };
}

describe('priceChanges', () => {
  test('finds what was added, removed and changed', () => {
    expect(priceChanges(april(), may())).toEqual({
      added: ["Tostada de nopal"],
      removed: ["Licuado de plátano"],
      changed: ["Jugo verde: 4500 → 4800 (+300)"],
    });
  });

  test('a price that went down', () => {
    expect(priceChanges({ "Agua de horchata": 3000 }, { "Agua de horchata": 2800 })).toEqual({
      added: [],
      removed: [],
      changed: ["Agua de horchata: 3000 → 2800 (-200)"],
    });
  });

  test('the same list has no changes', () => {
    expect(priceChanges(may(), may())).toEqual({ added: [], removed: [], changed: [] });
  });

  test('a free extra is on the list', () => {
    expect(priceChanges({ "Salsa extra": 0 }, { "Salsa extra": 0, "Limón": 0 })).toEqual({
      added: ["Limón"],
      removed: [],
      changed: [],
    });
    expect(priceChanges({ "Salsa extra": 0 }, {}).removed).toEqual(["Salsa extra"]);
  });

  test('an extra that stops being free', () => {
    expect(priceChanges({ "Salsa extra": 0 }, { "Salsa extra": 500 }).changed).toEqual([
      "Salsa extra: 0 → 500 (+500)",
    ]);
  });

  test('keeps the order of each list', () => {
    const result = priceChanges(
      { "Jugo de naranja": 4000, "Jugo verde": 4500, "Agua de coco": 3500, "Café": 3000 },
      { "Café": 3200, "Té": 2500, "Jugo de naranja": 4200, "Pan": 1800 }
    );
    expect(result.added).toEqual(["Té", "Pan"]);
    expect(result.removed).toEqual(["Jugo verde", "Agua de coco"]);
    expect(result.changed).toEqual([
      "Jugo de naranja: 4000 → 4200 (+200)",
      "Café: 3000 → 3200 (+200)",
    ]);
  });

  test('names are compared exactly', () => {
    expect(priceChanges({ "Cafe": 3000 }, { "Café": 3000 })).toEqual({
      added: ["Café"],
      removed: ["Cafe"],
      changed: [],
    });
  });

  test('empty lists', () => {
    expect(priceChanges({}, {})).toEqual({ added: [], removed: [], changed: [] });
    expect(priceChanges({}, { "Pan": 1800 }).added).toEqual(["Pan"]);
  });

  test('does not change the lists it receives', () => {
    const before = april();
    const after = may();
    priceChanges(before, after);
    expect(before).toEqual(april());
    expect(after).toEqual(may());
  });
});
