import { describe, test, expect } from '@jest/globals';
import { subtotal, total, receipt, totalWithCoupon, receiptWithCoupon } from './solution';

describe('the existing checkout still works', () => {
  test('subtotal multiplies price and quantity', () => {
    expect(subtotal(50, 3)).toBe(150);
  });

  test('total adds 16% IVA', () => {
    expect(total(50, 3)).toBeCloseTo(174);
  });

  test('receipt describes the line', () => {
    expect(receipt("Cuaderno", 50, 2)).toBe("2 x Cuaderno: 116 pesos with IVA");
  });
});

describe('totalWithCoupon', () => {
  test('takes the coupon off before adding IVA', () => {
    expect(totalWithCoupon(50, 3, 25)).toBeCloseTo(145);
  });

  test('a coupon of 0 gives the normal total', () => {
    expect(totalWithCoupon(50, 2, 0)).toBeCloseTo(116);
  });

  test('a coupon worth the whole subtotal makes the order free', () => {
    expect(totalWithCoupon(100, 1, 100)).toBeCloseTo(0);
  });

  test('works for a bigger order', () => {
    expect(totalWithCoupon(15, 20, 75)).toBeCloseTo(261);
  });
});

describe('receiptWithCoupon', () => {
  test('shows the total after the coupon and the coupon itself', () => {
    expect(receiptWithCoupon("Cuaderno", 50, 3, 25)).toBe(
      "3 x Cuaderno: 145 pesos with IVA (coupon: 25 pesos)"
    );
  });

  test('works for other items', () => {
    expect(receiptWithCoupon("Pluma", 10, 15, 0)).toBe(
      "15 x Pluma: 174 pesos with IVA (coupon: 0 pesos)"
    );
  });
});
