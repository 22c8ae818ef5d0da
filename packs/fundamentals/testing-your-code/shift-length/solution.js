import { shiftLength } from './solution';

describe('shiftLength', () => {
  test('measures a half-hour break', () => {
    expect(shiftLength("08:15", "08:45")).toBe(30);
  });

  test('measures a day shift across several hours', () => {
    expect(shiftLength("09:00", "17:30")).toBe(510);
  });

  test('a night shift ends the next day', () => {
    expect(shiftLength("22:00", "06:00")).toBe(480);
  });

  test('a shift that starts and ends at the same time is 0 minutes', () => {
    expect(shiftLength("14:00", "14:00")).toBe(0);
  });

  test('refuses an hour written with one digit', () => {
    expect(() => shiftLength("7:30", "15:30")).toThrow('Invalid time: "7:30"');
  });

  test('refuses 24 as an hour', () => {
    expect(() => shiftLength("20:00", "24:00")).toThrow('Invalid time: "24:00"');
  });

  test('accepts 23:59 as the last minute of the day', () => {
    expect(shiftLength("00:00", "23:59")).toBe(1439);
  });

  test('refuses 60 as the minutes', () => {
    expect(() => shiftLength("12:60", "13:00")).toThrow('Invalid time: "12:60"');
  });
});
