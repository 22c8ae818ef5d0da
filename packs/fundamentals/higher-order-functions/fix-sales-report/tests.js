import { describe, test, expect } from '@jest/globals';
import { totalSales, topAmounts, withIva } from './solution';

const makeSales = () => [
  { seller: "Ximena", amount: 125000 },
  { seller: "Andrés", amount: 98000 },
  { seller: "Carla", amount: 310000 },
  { seller: "Iker", amount: 4500 },
];

describe('totalSales', () => {
  test('adds up the amounts', () => {
    expect(totalSales(makeSales())).toBe(537500);
  });

  test('a single sale is the total', () => {
    expect(totalSales([{ seller: "Iker", amount: 4500 }])).toBe(4500);
  });

  test('a month without sales totals 0', () => {
    expect(totalSales([])).toBe(0);
  });
});

describe('topAmounts', () => {
  test('returns the biggest amounts, biggest first', () => {
    expect(topAmounts(makeSales(), 2)).toEqual([310000, 125000]);
  });

  test('compares amounts as numbers, not as text', () => {
    expect(topAmounts(makeSales(), 4)).toEqual([310000, 125000, 98000, 4500]);
  });

  test('does not reorder the sales it receives', () => {
    const sales = makeSales();
    topAmounts(sales, 2);
    expect(sales).toEqual(makeSales());
  });
});

describe('withIva', () => {
  test('adds 16% IVA to every amount', () => {
    expect(withIva(makeSales())).toEqual([
      { seller: "Ximena", amount: 145000 },
      { seller: "Andrés", amount: 113680 },
      { seller: "Carla", amount: 359600 },
      { seller: "Iker", amount: 5220 },
    ]);
  });

  test('rounds to the nearest centavo', () => {
    expect(withIva([{ seller: "Iker", amount: 1999 }])).toEqual([{ seller: "Iker", amount: 2319 }]);
  });

  test('does not change the original sales', () => {
    const sales = makeSales();
    withIva(sales);
    expect(sales).toEqual(makeSales());
  });
});
