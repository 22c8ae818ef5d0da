import { describe, test, expect } from '@jest/globals';
import { restock, lowStock, sell } from './solution';

const makeStock = () => ({ concha: 12, "jugo de naranja": 4, tlayuda: 2 });

describe('the existing functions still work', () => {
  test('restock adds to an item that exists', () => {
    expect(restock(makeStock(), "concha", 6)).toEqual({ concha: 18, "jugo de naranja": 4, tlayuda: 2 });
  });

  test('restock adds a new item', () => {
    expect(restock(makeStock(), "mezcal", 3)).toEqual({ concha: 12, "jugo de naranja": 4, tlayuda: 2, mezcal: 3 });
  });

  test('restock does not change the stock it receives', () => {
    const stock = makeStock();
    restock(stock, "concha", 6);
    expect(stock).toEqual(makeStock());
  });

  test('lowStock lists the items under the limit', () => {
    expect(lowStock(makeStock(), 5)).toEqual(["jugo de naranja", "tlayuda"]);
  });
});

describe('restock with names typed by hand', () => {
  test('trims spaces and ignores capitals', () => {
    expect(restock(makeStock(), " Concha ", 6)).toEqual({ concha: 18, "jugo de naranja": 4, tlayuda: 2 });
  });

  test('stores a new item under its clean name', () => {
    expect(restock(makeStock(), "MEZCAL ", 3)).toHaveProperty("mezcal", 3);
  });
});

describe('sell', () => {
  test('takes the quantity off the item', () => {
    expect(sell(makeStock(), "concha", 2)).toEqual({ concha: 10, "jugo de naranja": 4, tlayuda: 2 });
  });

  test('cleans the name first', () => {
    expect(sell(makeStock(), " Jugo de Naranja", 1)).toEqual({ concha: 12, "jugo de naranja": 3, tlayuda: 2 });
  });

  test('removes an item when it reaches 0', () => {
    const after = sell(makeStock(), "tlayuda", 2);
    expect(after).toEqual({ concha: 12, "jugo de naranja": 4 });
    expect(Object.hasOwn(after, "tlayuda")).toBe(false);
  });

  test('returns null when there is not enough', () => {
    expect(sell(makeStock(), "tlayuda", 3)).toBeNull();
  });

  test('returns null for an item that is not in the stock', () => {
    expect(sell(makeStock(), "mezcal", 1)).toBeNull();
  });

  test('does not change the stock it receives', () => {
    const stock = makeStock();
    sell(stock, "tlayuda", 2);
    sell(stock, "concha", 5);
    expect(stock).toEqual(makeStock());
  });
});
