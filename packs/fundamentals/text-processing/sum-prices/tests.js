import { describe, test, expect } from '@jest/globals';
import { sumPrices } from './solution';

describe('sumPrices', () => {
  test('adds up every price in the note, in centavos', () => {
    expect(sumPrices('Bus to Oaxaca $312.50, 2 coffees $45 and tlayudas $180.25')).toBe(53775);
  });

  test('handles a single price', () => {
    expect(sumPrices('Comida $81.10')).toBe(8110);
  });

  test('returns 0 when there are no prices', () => {
    expect(sumPrices('We walked, no costs today')).toBe(0);
  });

  test('returns 0 for an empty note', () => {
    expect(sumPrices('')).toBe(0);
  });

  test('ignores numbers without a dollar sign', () => {
    expect(sumPrices('3 nights at the hostel: $450')).toBe(45000);
  });

  test('reads a price at the end of a sentence', () => {
    expect(sumPrices('Dinner was $200. Taxi $75.')).toBe(27500);
  });

  test('turns every price into whole centavos', () => {
    expect(sumPrices('$0.10 $0.20')).toBe(30);
    expect(sumPrices('Chicle $0.29')).toBe(29);
    expect(sumPrices('$4.35 and $1.15')).toBe(550);
  });

  test('always returns a whole number', () => {
    expect(Number.isInteger(sumPrices('Tacos $81.10, agua $0.57, pan $1.10'))).toBe(true);
  });

  test('works next to accented words', () => {
    expect(sumPrices('Café $25.5, piña $17.75, señal wifi $0')).toBe(4325);
  });
});
