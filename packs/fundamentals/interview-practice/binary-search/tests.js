import { describe, test, expect } from '@jest/globals';
import { firstIndexOf } from './solution';

const prices = [1500, 4200, 9900, 9900, 9900, 12000, 25000];

// A sorted "array" of a million prices, computed when read: price(i) = Math.floor(i / 4) * 10.
// Every read of a position is counted.
function millionPrices() {
  const counter = { reads: 0 };
  const proxy = new Proxy([], {
    get(target, key, receiver) {
      if (key === 'length') return 1000000;
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        counter.reads++;
        const i = Number(key);
        return i < 1000000 ? Math.floor(i / 4) * 10 : undefined;
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return { proxy, counter };
}

describe('firstIndexOf', () => {
  test('finds the first copy of a repeated price', () => {
    expect(firstIndexOf(prices, 9900)).toBe(2);
  });

  test('finds prices at both ends', () => {
    expect(firstIndexOf(prices, 1500)).toBe(0);
    expect(firstIndexOf(prices, 25000)).toBe(6);
  });

  test('returns -1 for a missing price, below, between and above', () => {
    expect(firstIndexOf(prices, 100)).toBe(-1);
    expect(firstIndexOf(prices, 5000)).toBe(-1);
    expect(firstIndexOf(prices, 99999)).toBe(-1);
  });

  test('handles an empty catalog and a catalog of one', () => {
    expect(firstIndexOf([], 9900)).toBe(-1);
    expect(firstIndexOf([9900], 9900)).toBe(0);
    expect(firstIndexOf([9900], 100)).toBe(-1);
  });

  test('finds the first copy when every price is the same', () => {
    expect(firstIndexOf([700, 700, 700, 700, 700, 700, 700, 700], 700)).toBe(0);
  });

  test('finds the first copy wherever it starts', () => {
    const list = [1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4];
    expect(firstIndexOf(list, 3)).toBe(2);
    expect(firstIndexOf([1, 1, 2], 2)).toBe(2);
  });

  test('reads only a few positions of a million sorted prices', () => {
    const { proxy, counter } = millionPrices();
    expect(firstIndexOf(proxy, 10000)).toBe(4000);
    expect(counter.reads).toBeLessThanOrEqual(45);
    counter.reads = 0;
    expect(firstIndexOf(proxy, 10005)).toBe(-1);
    expect(counter.reads).toBeLessThanOrEqual(45);
    counter.reads = 0;
    expect(firstIndexOf(proxy, 2499990)).toBe(999996);
    expect(counter.reads).toBeLessThanOrEqual(45);
  });

  test('does not change the array', () => {
    const list = [3, 5, 5, 8];
    firstIndexOf(list, 5);
    expect(list).toEqual([3, 5, 5, 8]);
  });
});
