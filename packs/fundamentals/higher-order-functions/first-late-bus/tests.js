import { describe, test, expect } from '@jest/globals';
import { firstLateBus } from './solution';

function departures() {
  return [
    { line: '12', delay: 0 },
    { line: '7', delay: 3 },
    { line: '31', delay: 9 },
    { line: '5B', delay: 12 },
  ];
}

describe('firstLateBus', () => {
  test('finds the first bus over the tolerance', () => {
    expect(firstLateBus(departures(), 5)).toBe('31');
  });

  test('returns the first match, not a later one', () => {
    expect(firstLateBus(departures(), 2)).toBe('7');
  });

  test('a delay equal to the tolerance is not late', () => {
    expect(firstLateBus(departures(), 12)).toBeNull();
  });

  test('returns null for an empty list', () => {
    expect(firstLateBus([], 5)).toBeNull();
  });

  test('a bus that leaves early is never late', () => {
    expect(firstLateBus([{ line: 'N1', delay: -1 }], 0)).toBeNull();
  });

  test('with a tolerance of zero, any delay counts', () => {
    expect(firstLateBus([{ line: 'A', delay: 0 }, { line: 'Línea 3', delay: 1 }], 0)).toBe('Línea 3');
  });

  test('returns the line, not the whole bus', () => {
    expect(typeof firstLateBus(departures(), 5)).toBe('string');
  });
});
