import { describe, test, expect } from '@jest/globals';
import { each, map, filter, reduce } from './solution';

// The exercise asks you not to use the built-in methods. While your function runs, this
// helper replaces them with versions that throw, then puts the real ones back.
const BANNED = ['forEach', 'map', 'filter', 'reduce', 'reduceRight', 'flatMap'];
function withoutBuiltIns(action) {
  const saved = {};
  for (let i = 0; i < BANNED.length; i++) {
    const name = BANNED[i];
    saved[name] = Array.prototype[name];
    Array.prototype[name] = function () {
      throw new Error(`this exercise asks you to write a loop instead of calling the built-in ${name}`);
    };
  }
  try {
    return action();
  } finally {
    for (let i = 0; i < BANNED.length; i++) {
      Array.prototype[BANNED[i]] = saved[BANNED[i]];
    }
  }
}

describe('each', () => {
  test('calls the callback with item, index and array, in order, and returns undefined', () => {
    const prices = [4500, 3000, 1250];
    const callback = jest.fn();
    const result = withoutBuiltIns(() => each(prices, callback));
    expect(result).toBeUndefined();
    expect(callback.mock.calls).toEqual([
      [4500, 0, prices],
      [3000, 1, prices],
      [1250, 2, prices],
    ]);
  });
});

describe('map', () => {
  test('returns a new array of the callback results', () => {
    const prices = [4500, 3000, 1250];
    const withIva = withoutBuiltIns(() => map(prices, (p) => Math.round(p * 1.16)));
    expect(withIva).toEqual([5220, 3480, 1450]);
    expect(withIva).not.toBe(prices);
    expect(prices).toEqual([4500, 3000, 1250]);
  });

  test('passes the index and the array to the callback', () => {
    const cities = ['Monterrey', 'Guadalajara'];
    const labels = withoutBuiltIns(() => map(cities, (city, i, all) => `${i + 1}/${all.length} ${city}`));
    expect(labels).toEqual(['1/2 Monterrey', '2/2 Guadalajara']);
  });
});

describe('filter', () => {
  test('keeps the items whose test is truthy, in a new array', () => {
    const prices = [4500, 3000, 1250];
    const kept = withoutBuiltIns(() => filter(prices, (p) => p >= 3000));
    expect(kept).toEqual([4500, 3000]);
    expect(kept).not.toBe(prices);
    expect(prices).toEqual([4500, 3000, 1250]);
  });

  test('passes the index, and keeps the item rather than the answer', () => {
    const names = ['Ana', 'Beto', 'Carla', 'Diego'];
    const everyOther = withoutBuiltIns(() => filter(names, (name, i) => (i % 2 === 0 ? 'yes' : '')));
    expect(everyOther).toEqual(['Ana', 'Carla']);
  });
});

describe('reduce', () => {
  test('carries the accumulator from the starting value', () => {
    const total = withoutBuiltIns(() => reduce([4500, 3000, 1250], (sum, p) => sum + p, 0));
    expect(total).toBe(8750);
  });

  test('passes accumulator, item, index and array to the reducer', () => {
    const items = ['a', 'b'];
    const reducer = jest.fn((acc, item) => acc + item);
    const result = withoutBuiltIns(() => reduce(items, reducer, '>'));
    expect(result).toBe('>ab');
    expect(reducer.mock.calls).toEqual([
      ['>', 'a', 0, items],
      ['>a', 'b', 1, items],
    ]);
  });

  test('without a starting value, starts from the first item at index 1', () => {
    const reducer = jest.fn((max, n) => (n > max ? n : max));
    const result = withoutBuiltIns(() => reduce([3, 9, 4], reducer));
    expect(result).toBe(9);
    expect(reducer).toHaveBeenCalledTimes(2);
    expect(reducer.mock.calls[0]).toEqual([3, 9, 1, [3, 9, 4]]);
  });

  test('treats undefined passed as the starting value as a real starting value', () => {
    const reducer = jest.fn((acc, n) => (acc === undefined ? n : acc + n));
    const result = withoutBuiltIns(() => reduce([5, 7], reducer, undefined));
    expect(result).toBe(12);
    expect(reducer).toHaveBeenCalledTimes(2);
  });

  test('with an empty array, gives back the starting value, or undefined without one', () => {
    const reducer = jest.fn((sum, n) => sum + n);
    expect(withoutBuiltIns(() => reduce([], reducer, 0))).toBe(0);
    expect(withoutBuiltIns(() => reduce([], reducer))).toBeUndefined();
    expect(reducer).not.toHaveBeenCalled();
  });

  test('can build an object, like the built-in', () => {
    const sales = [
      { city: 'Monterrey', centavos: 5000 },
      { city: 'Guadalajara', centavos: 2500 },
      { city: 'Monterrey', centavos: 1500 },
    ];
    const byCity = withoutBuiltIns(() =>
      reduce(sales, (totals, sale) => {
        totals[sale.city] = (totals[sale.city] ?? 0) + sale.centavos;
        return totals;
      }, {}),
    );
    expect(byCity).toEqual({ Monterrey: 6500, Guadalajara: 2500 });
  });
});
