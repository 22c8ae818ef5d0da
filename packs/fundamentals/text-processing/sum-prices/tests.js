import { describe, test, expect } from '@jest/globals';
import { sumPrices } from './solution';

describe('sumPrices', () => {
  test('adds up every price in the note', () => {
    expect(sumPrices('Bus tickets $12.50, 2 coffees $3 and snacks $4.25')).toBeCloseTo(19.75);
  });

  test('handles a single price', () => {
    expect(sumPrices('Lunch $8.10')).toBeCloseTo(8.1);
  });

  test('returns 0 when there are no prices', () => {
    expect(sumPrices('We walked, no costs today')).toBe(0);
  });

  test('returns 0 for an empty note', () => {
    expect(sumPrices('')).toBe(0);
  });

  test('ignores numbers without a dollar sign', () => {
    expect(sumPrices('3 nights at the hostel: $45')).toBe(45);
  });

  test('reads a price at the end of a sentence', () => {
    expect(sumPrices('Dinner was $20. Taxi $7.')).toBe(27);
  });

  test('rounds the total to two decimals', () => {
    expect(sumPrices('$0.10 $0.20')).toBe(0.3);
  });

  test('works next to accented words', () => {
    expect(sumPrices('Café $2.5, piña $1.75, señal wifi $0')).toBeCloseTo(4.25);
  });
});
