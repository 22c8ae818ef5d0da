import { describe, test, expect } from '@jest/globals';
import { OutOfStockError, reserve, checkout } from './solution';

describe('checkout', () => {
  test('OutOfStockError carries its details', () => {
    const error = new OutOfStockError('empanadas', 8, 5);
    expect(error.message).toBe('Not enough empanadas: asked for 8, only 5 left');
    expect(error.name).toBe('OutOfStockError');
    expect(error.item).toBe('empanadas');
    expect(error.requested).toBe(8);
    expect(error.available).toBe(5);
    expect(error).toBeInstanceOf(Error);
  });

  test('reserve subtracts from the stock and returns what is left', () => {
    const stock = { empanadas: 5 };
    expect(reserve(stock, 'empanadas', 2)).toBe(3);
    expect(reserve(stock, 'empanadas', 3)).toBe(0);
    expect(stock.empanadas).toBe(0);
  });

  test('reserve rejects unknown items', () => {
    expect(() => reserve({ empanadas: 5 }, 'pizza', 1)).toThrow('Unknown item: pizza');
  });

  test('reserve rejects zero and negative quantities', () => {
    expect(() => reserve({ empanadas: 5 }, 'empanadas', 0)).toThrow(RangeError);
    expect(() => reserve({ empanadas: 5 }, 'empanadas', -2)).toThrow('Quantity must be positive');
  });

  test('reserve throws OutOfStockError and leaves the stock alone', () => {
    const stock = { 'pan de yuca': 4 };
    expect(() => reserve(stock, 'pan de yuca', 6)).toThrow(OutOfStockError);
    expect(() => reserve(stock, 'pan de yuca', 6)).toThrow(/only 4 left/);
    expect(stock['pan de yuca']).toBe(4);
  });

  test('checkout reserves what it can and lists what is missing', () => {
    const stock = { empanadas: 5, alfajores: 12 };
    const result = checkout(stock, [
      { item: 'alfajores', quantity: 10 },
      { item: 'empanadas', quantity: 8 },
    ]);
    expect(result).toEqual({ reserved: ['alfajores'], missing: [{ item: 'empanadas', available: 5 }] });
    expect(stock).toEqual({ empanadas: 5, alfajores: 2 });
  });

  test('checkout of an empty order reserves nothing', () => {
    expect(checkout({ empanadas: 5 }, [])).toEqual({ reserved: [], missing: [] });
  });

  test('later lines see the stock left by earlier lines', () => {
    const stock = { alfajores: 5 };
    const result = checkout(stock, [
      { item: 'alfajores', quantity: 3 },
      { item: 'alfajores', quantity: 3 },
    ]);
    expect(result.missing).toEqual([{ item: 'alfajores', available: 2 }]);
  });

  test('checkout rethrows unknown items', () => {
    expect(() => checkout({ empanadas: 5 }, [{ item: 'pizza', quantity: 1 }])).toThrow('Unknown item: pizza');
  });

  test('checkout rethrows bad quantities', () => {
    expect(() => checkout({ empanadas: 5 }, [{ item: 'empanadas', quantity: 0 }])).toThrow(RangeError);
  });
});
