import { describe, test, expect } from '@jest/globals';
import { seatMap } from './solution';

describe('seatMap', () => {
  test('draws the worked example', () => {
    expect(seatMap(2, 3)).toBe("A1 A2 A3\nB1 B2 B3");
  });

  test('a single seat', () => {
    expect(seatMap(1, 1)).toBe("A1");
  });

  test('numbers the seats from 1 to seatsPerRow', () => {
    expect(seatMap(1, 5)).toBe("A1 A2 A3 A4 A5");
  });

  test('each row starts fresh', () => {
    expect(seatMap(3, 2)).toBe("A1 A2\nB1 B2\nC1 C2");
  });

  test('has one line per row and no newline at the end', () => {
    const lines = seatMap(4, 3).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("D1 D2 D3");
  });

  test('seat numbers can have two digits', () => {
    expect(seatMap(1, 11)).toBe("A1 A2 A3 A4 A5 A6 A7 A8 A9 A10 A11");
  });

  test('no rows means an empty map', () => {
    expect(seatMap(0, 4)).toBe("");
  });
});
