import { describe, test, expect } from '@jest/globals';
import { OutOfStockError, reserve, checkout } from './solution';

describe('checkout', () => {
  test('OutOfStockError carries its details', () => {
    const error = new OutOfStockError('conchas', 8, 5);
    expect(error.message).toBe('Not enough conchas: asked for 8, only 5 left');
    expect(error.name).toBe('OutOfStockError');
    expect(error.item).toBe('conchas');
    expect(error.requested).toBe(8);
    expect(error.available).toBe(5);
    expect(error).toBeInstanceOf(Error);
  });

  test('reserve subtracts from the stock and returns what is left', () => {
    const stock = { conchas: 5 };
    expect(reserve(stock, 'conchas', 2)).toBe(3);
    expect(reserve(stock, 'conchas', 3)).toBe(0);
    expect(stock.conchas).toBe(0);
  });

  test('reserve rejects unknown items', () => {
    expect(() => reserve({ conchas: 5 }, 'pizza', 1)).toThrow('Unknown item: pizza');
  });

  test('reserve rejects names that objects have built in', () => {
    const stock = { conchas: 5 };
    expect(() => reserve(stock, 'toString', 1)).toThrow('Unknown item: toString');
    expect(() => reserve(stock, 'constructor', 1)).toThrow('Unknown item: constructor');
    expect(stock).toEqual({ conchas: 5 });
  });

  test('reserve works with an item called hasOwnProperty', () => {
    const stock = { hasOwnProperty: 3, conchas: 5 };
    expect(reserve(stock, 'hasOwnProperty', 1)).toBe(2);
    expect(reserve(stock, 'conchas', 1)).toBe(4);
    expect(() => reserve(stock, 'pizza', 1)).toThrow('Unknown item: pizza');
  });

  test('reserve rejects zero and negative quantities', () => {
    expect(() => reserve({ conchas: 5 }, 'conchas', 0)).toThrow(RangeError);
    expect(() => reserve({ conchas: 5 }, 'conchas', -2)).toThrow('Quantity must be positive');
  });

  test('reserve throws OutOfStockError and leaves the stock alone', () => {
    const stock = { 'pan de muerto': 4 };
    expect(() => reserve(stock, 'pan de muerto', 6)).toThrow(OutOfStockError);
    expect(() => reserve(stock, 'pan de muerto', 6)).toThrow(/only 4 left/);
    expect(stock['pan de muerto']).toBe(4);
  });

  test('checkout reserves what it can and lists what is missing', () => {
    const stock = { conchas: 5, bolillos: 12 };
    const result = checkout(stock, [
      { item: 'bolillos', quantity: 10 },
      { item: 'conchas', quantity: 8 },
    ]);
    expect(result).toEqual({ reserved: ['bolillos'], missing: [{ item: 'conchas', available: 5 }] });
    expect(stock).toEqual({ conchas: 5, bolillos: 2 });
  });

  test('checkout of an empty order reserves nothing', () => {
    expect(checkout({ conchas: 5 }, [])).toEqual({ reserved: [], missing: [] });
  });

  test('later lines see the stock left by earlier lines', () => {
    const stock = { bolillos: 5 };
    const result = checkout(stock, [
      { item: 'bolillos', quantity: 3 },
      { item: 'bolillos', quantity: 3 },
    ]);
    expect(result.missing).toEqual([{ item: 'bolillos', available: 2 }]);
  });

  test('checkout rethrows unknown items', () => {
    expect(() => checkout({ conchas: 5 }, [{ item: 'pizza', quantity: 1 }])).toThrow('Unknown item: pizza');
  });

  test('checkout rethrows bad quantities', () => {
    expect(() => checkout({ conchas: 5 }, [{ item: 'conchas', quantity: 0 }])).toThrow(RangeError);
  });
});
