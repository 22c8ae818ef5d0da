import { describe, test, expect } from '@jest/globals';
import { receiptLine } from './solution';

describe('receiptLine', () => {
  test('fills the space between name and price with dots', () => {
    expect(receiptLine('Rice', 3.5)).toBe('Rice............3.50');
  });

  test('uses the width it is given', () => {
    expect(receiptLine('Tea', 1, 12)).toBe('Tea.....1.00');
  });

  test('cuts a long name and keeps one dot', () => {
    expect(receiptLine('Chocolate chip cookies', 12.9)).toBe('Chocolate chip.12.90');
  });

  test('rounds the price to two decimals', () => {
    expect(receiptLine('Bread', 4.999)).toBe('Bread...........5.00');
  });

  test('shows a free item as 0.00', () => {
    expect(receiptLine('Bag', 0)).toBe('Bag.............0.00');
  });

  test('works with accented names', () => {
    expect(receiptLine('Piña', 2.25, 14)).toBe('Piña......2.25');
  });

  test('always returns a line of the right width', () => {
    expect(receiptLine('Watermelon', 123.4, 16)).toHaveLength(16);
    expect(receiptLine('', 8, 10)).toBe('......8.00');
  });
});
