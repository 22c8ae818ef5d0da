import { describe, test, expect } from '@jest/globals';
import { seatRanges } from './solution';

describe('seatRanges', () => {
  test('writes the example as ranges', () => {
    expect(seatRanges([7, 4, 5, 6, 13, 9, 12])).toBe('4-7, 9, 12-13');
  });

  test('seats that are not consecutive stay apart', () => {
    expect(seatRanges([3, 5])).toBe('3, 5');
    expect(seatRanges([1, 3, 5, 7])).toBe('1, 3, 5, 7');
  });

  test('two consecutive seats already make a range', () => {
    expect(seatRanges([21, 20])).toBe('20-21');
  });

  test('one seat, and no seats', () => {
    expect(seatRanges([8])).toBe('8');
    expect(seatRanges([])).toBe('');
  });

  test('a seat sent twice is written once', () => {
    expect(seatRanges([10, 9, 9, 11])).toBe('9-11');
    expect(seatRanges([4, 4])).toBe('4');
    expect(seatRanges([2, 6, 2, 6])).toBe('2, 6');
  });

  test('sorts numbers as numbers, not as text', () => {
    expect(seatRanges([10, 9, 100, 8, 11])).toBe('8-11, 100');
  });

  test('the last run is written too', () => {
    expect(seatRanges([1, 2, 3, 30, 31, 32, 33])).toBe('1-3, 30-33');
    expect(seatRanges([1, 2, 3, 30])).toBe('1-3, 30');
  });

  test('does not change the seats it receives', () => {
    const seats = [7, 4, 5, 4];
    seatRanges(seats);
    expect(seats).toEqual([7, 4, 5, 4]);
  });
});
