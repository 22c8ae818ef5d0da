import { describe, test, expect } from '@jest/globals';
import { tripSummary } from './solution';

describe('tripSummary', () => {
  test('summarizes a typical trip', () => {
    expect(tripSummary(15200, 15320, 8, 1.5)).toBe(
      'Drove 120 km, 15 km per liter, fuel cost 12',
    );
  });

  test('summarizes a short trip', () => {
    expect(tripSummary(500, 560, 4, 2)).toBe('Drove 60 km, 15 km per liter, fuel cost 8');
  });

  test('a trip of zero km still costs fuel', () => {
    expect(tripSummary(1000, 1000, 2, 1.25)).toBe('Drove 0 km, 0 km per liter, fuel cost 2.5');
  });

  test('shows decimals in the distance per liter', () => {
    expect(tripSummary(0, 100, 8, 1)).toBe('Drove 100 km, 12.5 km per liter, fuel cost 8');
  });

  test('works from a brand new car', () => {
    expect(tripSummary(0, 45, 3, 2)).toBe('Drove 45 km, 15 km per liter, fuel cost 6');
  });

  test('subtracts the start from the end, not the other way round', () => {
    expect(tripSummary(200, 300, 10, 1)).toMatch(/^Drove 100 km/);
  });

  test('returns a string', () => {
    expect(typeof tripSummary(500, 560, 4, 2)).toBe('string');
  });
});
