import { describe, test, expect } from '@jest/globals';
import { toMinutes, toClock, endTime } from './solution';

describe('toMinutes', () => {
  test('counts the minutes since midnight', () => {
    expect(toMinutes("09:45")).toBe(585);
  });

  test('returns a number', () => {
    expect(typeof toMinutes("13:05")).toBe("number");
    expect(toMinutes("13:05")).toBe(785);
  });

  test('midnight is 0', () => {
    expect(toMinutes("00:00")).toBe(0);
  });
});

describe('toClock', () => {
  test('turns minutes back into a time', () => {
    expect(toClock(585)).toBe("09:45");
  });

  test('uses whole hours', () => {
    expect(toClock(705)).toBe("11:45");
  });

  test('pads minutes under ten with a zero', () => {
    expect(toClock(845)).toBe("14:05");
  });

  test('goes round after midnight', () => {
    expect(toClock(1445)).toBe("00:05");
    expect(toClock(1440)).toBe("00:00");
  });
});

describe('endTime', () => {
  test('a 90-minute session', () => {
    expect(endTime("09:45", 90)).toBe("11:15");
  });

  test('a session that ends on the hour', () => {
    expect(endTime("13:50", 10)).toBe("14:00");
  });

  test('a late session ends after midnight', () => {
    expect(endTime("23:30", 45)).toBe("00:15");
  });

  test('a session of zero minutes ends when it starts', () => {
    expect(endTime("07:05", 0)).toBe("07:05");
  });
});
