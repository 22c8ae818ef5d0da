import { describe, test, expect } from '@jest/globals';
import { toMinutes, toClock, cityOffset, meetingInvite } from './solution';

describe('the existing helpers still work', () => {
  test('toMinutes and toClock convert both ways', () => {
    expect(toMinutes("10:30")).toBe(630);
    expect(toClock(630)).toBe("10:30");
    expect(toClock(5)).toBe("00:05");
  });
});

describe('cityOffset', () => {
  test('knows the four cities', () => {
    expect(cityOffset("New York")).toBe(1);
    expect(cityOffset("Chicago")).toBe(0);
    expect(cityOffset("Denver")).toBe(-1);
    expect(cityOffset("Los Angeles")).toBe(-2);
  });

  test('gives null for any other city', () => {
    expect(cityOffset("Boston")).toBeNull();
    expect(cityOffset("")).toBeNull();
  });
});

describe('meetingInvite', () => {
  test('uses New York when no city is given', () => {
    expect(meetingInvite("10:30")).toBe("10:30 in Mexico City is 11:30 in New York");
  });

  test('converts for a city behind Mexico City', () => {
    expect(meetingInvite("10:30", "Los Angeles")).toBe("10:30 in Mexico City is 08:30 in Los Angeles");
    expect(meetingInvite("09:05", "Denver")).toBe("09:05 in Mexico City is 08:05 in Denver");
  });

  test('a city with the same time', () => {
    expect(meetingInvite("16:00", "Chicago")).toBe("16:00 in Mexico City is 16:00 in Chicago");
  });

  test('an unknown city', () => {
    expect(meetingInvite("10:30", "Boston")).toBe("Unknown city: Boston");
  });

  test('a late meeting is the next day in New York', () => {
    expect(meetingInvite("23:30")).toBe("23:30 in Mexico City is 00:30 in New York (next day)");
    expect(meetingInvite("23:00", "New York")).toBe("23:00 in Mexico City is 00:00 in New York (next day)");
  });

  test('an early meeting is the previous day in Los Angeles', () => {
    expect(meetingInvite("01:15", "Los Angeles")).toBe(
      "01:15 in Mexico City is 23:15 in Los Angeles (previous day)"
    );
    expect(meetingInvite("00:00", "Denver")).toBe("00:00 in Mexico City is 23:00 in Denver (previous day)");
  });

  test('just before midnight stays on the same day', () => {
    expect(meetingInvite("22:59")).toBe("22:59 in Mexico City is 23:59 in New York");
    expect(meetingInvite("02:00", "Los Angeles")).toBe("02:00 in Mexico City is 00:00 in Los Angeles");
  });
});
