import { describe, test, expect } from '@jest/globals';
import { deliveryFee } from './solution';

describe('deliveryFee with the distance only (already working)', () => {
  test('up to 2 km costs 2500', () => {
    expect(deliveryFee(1.5)).toBe(2500);
    expect(deliveryFee(2)).toBe(2500);
  });

  test('more than 2 and up to 5 km costs 3900', () => {
    expect(deliveryFee(2.1)).toBe(3900);
    expect(deliveryFee(5)).toBe(3900);
  });

  test('more than 5 km costs 5900', () => {
    expect(deliveryFee(8)).toBe(5900);
  });
});

describe('deliveryFee with the new rules', () => {
  test('does not deliver beyond 10 km', () => {
    expect(deliveryFee(12, 10000, false)).toBeNull();
    expect(deliveryFee(10.5, 10000, false)).toBeNull();
  });

  test('still delivers at exactly 10 km', () => {
    expect(deliveryFee(10, 10000, false)).toBe(5900);
  });

  test('a faraway order is refused even when it is big', () => {
    expect(deliveryFee(12, 50000, false)).toBeNull();
  });

  test('orders of $300.00 or more deliver free', () => {
    expect(deliveryFee(3, 30000, false)).toBe(0);
    expect(deliveryFee(9, 45000, false)).toBe(0);
  });

  test('one centavo under $300.00 pays the normal fee', () => {
    expect(deliveryFee(3, 29999, false)).toBe(3900);
  });

  test('rain adds 1000 to the fee for the distance', () => {
    expect(deliveryFee(1, 10000, true)).toBe(3500);
    expect(deliveryFee(8, 10000, true)).toBe(6900);
  });

  test('a free delivery stays free in the rain', () => {
    expect(deliveryFee(3, 30000, true)).toBe(0);
  });
});
