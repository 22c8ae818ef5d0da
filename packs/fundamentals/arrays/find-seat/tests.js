import { describe, test, expect } from '@jest/globals';
import { findSeat } from './solution';

const chart = [
  ['Ana', '', 'Luis'],
  ['', 'Sofía', ''],
  ['Kim', 'Omar', 'Iñaki'],
];

describe('findSeat', () => {
  test('finds the first seat of the first row', () => {
    expect(findSeat(chart, 'Ana')).toBe('row 1, seat 1');
  });

  test('finds a seat in the middle', () => {
    expect(findSeat(chart, 'Sofía')).toBe('row 2, seat 2');
  });

  test('finds the last seat of the last row', () => {
    expect(findSeat(chart, 'Iñaki')).toBe('row 3, seat 3');
  });

  test('returns null for someone not in the chart', () => {
    expect(findSeat(chart, 'Pedro')).toBeNull();
  });

  test('returns null for an empty chart', () => {
    expect(findSeat([], 'Ana')).toBeNull();
  });

  test('works when rows have different lengths', () => {
    const balcony = [['Eva'], [], ['', '', '', 'Raúl']];
    expect(findSeat(balcony, 'Raúl')).toBe('row 3, seat 4');
  });

  test('gives the first match when a name appears twice', () => {
    const twice = [['', 'Kim'], ['Kim', '']];
    expect(findSeat(twice, 'Kim')).toBe('row 1, seat 2');
  });

  test('matches names exactly, capitals included', () => {
    expect(findSeat(chart, 'ana')).toBeNull();
  });
});
