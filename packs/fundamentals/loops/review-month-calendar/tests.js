import { describe, test, expect } from '@jest/globals';
import { monthCalendar } from './solution';

describe('monthCalendar', () => {
  test('a month of 30 days that starts on a Wednesday', () => {
    expect(monthCalendar(30, 2)).toBe(
      "Mo Tu We Th Fr Sa Su\n" +
      "       1  2  3  4  5\n" +
      " 6  7  8  9 10 11 12\n" +
      "13 14 15 16 17 18 19\n" +
      "20 21 22 23 24 25 26\n" +
      "27 28 29 30"
    );
  });

  test('a February that starts on a Monday fills four full weeks', () => {
    expect(monthCalendar(28, 0)).toBe(
      "Mo Tu We Th Fr Sa Su\n" +
      " 1  2  3  4  5  6  7\n" +
      " 8  9 10 11 12 13 14\n" +
      "15 16 17 18 19 20 21\n" +
      "22 23 24 25 26 27 28"
    );
  });

  test('a month that starts on a Sunday has six empty cells first', () => {
    expect(monthCalendar(31, 6)).toBe(
      "Mo Tu We Th Fr Sa Su\n" +
      "                   1\n" +
      " 2  3  4  5  6  7  8\n" +
      " 9 10 11 12 13 14 15\n" +
      "16 17 18 19 20 21 22\n" +
      "23 24 25 26 27 28 29\n" +
      "30 31"
    );
  });

  test('a month that ends on a Sunday has no newline at the end', () => {
    const text = monthCalendar(31, 4);
    expect(text.endsWith("25 26 27 28 29 30 31")).toBe(true);
    expect(text.endsWith("\n")).toBe(false);
  });

  test('no line ends with a space', () => {
    const lines = monthCalendar(29, 3).split("\n");
    expect(lines.length).toBe(6);
    for (const line of lines) {
      expect(line.endsWith(" ")).toBe(false);
    }
    expect(lines[5]).toBe("26 27 28 29");
  });
});
