import { describe, test, expect } from '@jest/globals';
import { busesNeeded } from './solution';

describe('busesNeeded', () => {
  test('rounds a partly full bus up', () => {
    expect(busesNeeded(100, 41)).toBe(3);
  });

  test('books exactly enough when the buses are full', () => {
    expect(busesNeeded(80, 41)).toBe(2);
  });

  test('keeps a seat for the teacher on every bus', () => {
    expect(busesNeeded(41, 41)).toBe(2);
  });

  test('one student still needs a bus', () => {
    expect(busesNeeded(1, 41)).toBe(1);
  });

  test('no students need no buses', () => {
    expect(busesNeeded(0, 41)).toBe(0);
  });

  test('works with small vans', () => {
    expect(busesNeeded(9, 4)).toBe(3);
    expect(busesNeeded(10, 4)).toBe(4);
  });

  test('works when only one student fits per bus', () => {
    expect(busesNeeded(5, 2)).toBe(5);
  });

  test('returns a whole number', () => {
    expect(busesNeeded(100, 41) % 1).toBe(0);
  });
});
