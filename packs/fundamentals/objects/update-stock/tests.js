import { describe, test, expect } from '@jest/globals';
import { updateStock } from './solution';

describe('updateStock', () => {
  test('lowers the count after a sale', () => {
    expect(updateStock({ rice: 10, beans: 4 }, 'rice', -3)).toEqual({ rice: 7, beans: 4 });
  });

  test('raises the count after a delivery', () => {
    expect(updateStock({ rice: 10 }, 'rice', 5)).toEqual({ rice: 15 });
  });

  test('adds a product that was not in stock', () => {
    expect(updateStock({ rice: 10, beans: 4 }, 'plantains', 6)).toEqual({
      rice: 10,
      beans: 4,
      plantains: 6,
    });
  });

  test('removes a product that sells out', () => {
    const result = updateStock({ rice: 10, beans: 4 }, 'beans', -4);
    expect(result).toEqual({ rice: 10 });
    expect('beans' in result).toBe(false);
  });

  test('removes a product when the count would go below zero', () => {
    expect(updateStock({ eggs: 2 }, 'eggs', -5)).toEqual({});
  });

  test('works with product names that have accents', () => {
    expect(updateStock({ 'jalapeño': 3 }, 'jalapeño', 2)).toEqual({ 'jalapeño': 5 });
  });

  test('a zero change on a missing product adds nothing', () => {
    expect(updateStock({}, 'salt', 0)).toEqual({});
  });

  test('changes and returns the same object it received', () => {
    const stock = { rice: 1 };
    const result = updateStock(stock, 'rice', 1);
    expect(result).toBe(stock);
    expect(stock.rice).toBe(2);
  });
});
