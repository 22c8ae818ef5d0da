import { describe, test, expect } from '@jest/globals';
import { busFare } from './solution';

describe('busFare', () => {
  test('a baby rides for free', () => {
    expect(busFare(0)).toBe(0);
  });

  test('a 4-year-old still rides for free', () => {
    expect(busFare(4)).toBe(0);
  });

  test('a 5-year-old pays the youth fare', () => {
    expect(busFare(5)).toBe(1.5);
  });

  test('a 17-year-old pays the youth fare', () => {
    expect(busFare(17)).toBe(1.5);
  });

  test('an 18-year-old pays the adult fare', () => {
    expect(busFare(18)).toBe(2.5);
  });

  test('a 64-year-old pays the adult fare', () => {
    expect(busFare(64)).toBe(2.5);
  });

  test('a 65-year-old pays the senior fare', () => {
    expect(busFare(65)).toBe(1);
  });

  test('a 90-year-old pays the senior fare', () => {
    expect(busFare(90)).toBe(1);
  });
});
