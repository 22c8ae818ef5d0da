import { describe, test, expect } from '@jest/globals';
import { countMatching } from './solution';

describe('countMatching', () => {
  test('counts prices under 10', () => {
    expect(countMatching([4, 12, 7, 30], (price) => price < 10)).toBe(2);
  });

  test('counts names that start with A', () => {
    expect(countMatching(['Ana', 'Luis', 'Alba'], (name) => name[0] === 'A')).toBe(2);
  });

  test('returns 0 for an empty array', () => {
    expect(countMatching([], () => true)).toBe(0);
  });

  test('returns 0 when nothing matches', () => {
    expect(countMatching([1, 2, 3], (n) => n > 100)).toBe(0);
  });

  test('counts everything when everything matches', () => {
    expect(countMatching([-5, 0, 5], () => true)).toBe(3);
  });

  test('works with negative numbers', () => {
    expect(countMatching([-20, 15, -3, 0], (balance) => balance < 0)).toBe(2);
  });

  test('works with accented words', () => {
    expect(countMatching(['niño', 'casa', 'año'], (word) => word.includes('ñ'))).toBe(2);
  });

  test('works with arrays of objects', () => {
    const days = [{ rain: true }, { rain: false }, { rain: true }];
    expect(countMatching(days, (day) => day.rain)).toBe(2);
  });

  test('calls check once for each item, in order', () => {
    const seen = [];
    countMatching(['a', 'b', 'c'], (item) => {
      seen.push(item);
      return false;
    });
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
