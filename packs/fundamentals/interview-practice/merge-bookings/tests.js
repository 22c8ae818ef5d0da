import { describe, test, expect } from '@jest/globals';
import { busyBlocks } from './solution';

describe('busyBlocks', () => {
  test('merges the example bookings', () => {
    expect(busyBlocks([[60, 120], [300, 360], [30, 90], [120, 150]])).toEqual([[30, 150], [300, 360]]);
  });

  test('returns no blocks for no bookings, and one block for one booking', () => {
    expect(busyBlocks([])).toEqual([]);
    expect(busyBlocks([[45, 50]])).toEqual([[45, 50]]);
  });

  test('keeps separate bookings apart, sorted by start', () => {
    expect(busyBlocks([[200, 230], [10, 20], [100, 110]])).toEqual([[10, 20], [100, 110], [200, 230]]);
  });

  test('merges bookings that only touch', () => {
    expect(busyBlocks([[30, 45], [0, 30]])).toEqual([[0, 45]]);
  });

  test('a booking inside another does not shrink it', () => {
    expect(busyBlocks([[0, 120], [15, 30]])).toEqual([[0, 120]]);
    expect(busyBlocks([[0, 120], [15, 30], [100, 130]])).toEqual([[0, 130]]);
  });

  test('merges a chain of bookings into one block', () => {
    expect(busyBlocks([[50, 70], [10, 30], [25, 55], [69, 80]])).toEqual([[10, 80]]);
  });

  test('sorts by start as numbers', () => {
    expect(busyBlocks([[100, 105], [9, 10], [20, 25]])).toEqual([[9, 10], [20, 25], [100, 105]]);
  });

  test('does not change the bookings it receives', () => {
    const bookings = [[60, 120], [30, 90], [0, 10]];
    const blocks = busyBlocks(bookings);
    expect(bookings).toEqual([[60, 120], [30, 90], [0, 10]]);
    blocks[0][0] = -1;
    expect(bookings[2]).toEqual([0, 10]);
  });
});
