import { describe, test, expect } from '@jest/globals';
import { weeklyHours, weeklyPay, payrollTotal } from './solution';

const makeEntries = () => [
  { name: "Óscar", hours: 8 },
  { name: "Ximena", hours: 10 },
  { name: "Óscar", hours: 7.5 },
  { name: "Bruno", hours: 6 },
  { name: "Ximena", hours: 42 },
];

describe('weeklyHours', () => {
  test('adds up the hours of each person, in order of first appearance', () => {
    expect(weeklyHours(makeEntries())).toEqual([
      { name: "Óscar", hours: 15.5 },
      { name: "Ximena", hours: 52 },
      { name: "Bruno", hours: 6 },
    ]);
  });

  test('returns an empty array for no entries', () => {
    expect(weeklyHours([])).toEqual([]);
  });

  test('does not change the entries', () => {
    const entries = makeEntries();
    weeklyHours(entries);
    expect(entries).toEqual(makeEntries());
  });
});

describe('weeklyPay', () => {
  test('pays each person, sorted by name', () => {
    expect(weeklyPay(makeEntries(), 6000)).toEqual([
      { name: "Bruno", hours: 6, pay: 36000 },
      { name: "Óscar", hours: 15.5, pay: 93000 },
      { name: "Ximena", hours: 52, pay: 336000 },
    ]);
  });

  test('pays exactly 48 hours at the regular rate', () => {
    expect(weeklyPay([{ name: "Eva", hours: 48 }], 5000)).toEqual([{ name: "Eva", hours: 48, pay: 240000 }]);
  });

  test('pays hours 49 to 57 double', () => {
    expect(weeklyPay([{ name: "Eva", hours: 57 }], 5000)[0].pay).toBe(330000);
  });

  test('pays every hour beyond 57 triple', () => {
    expect(weeklyPay([{ name: "Eva", hours: 30 }, { name: "Eva", hours: 30 }], 6000)[0].pay).toBe(450000);
  });

  test('rounds to the nearest centavo', () => {
    expect(weeklyPay([{ name: "Iker", hours: 0.5 }], 4525)[0].pay).toBe(2263);
  });

  test('sorts accented names the way people read them', () => {
    const names = weeklyPay([
      { name: "Zoé", hours: 1 },
      { name: "Ángel", hours: 1 },
      { name: "Beto", hours: 1 },
    ], 100).map((p) => p.name);
    expect(names).toEqual(["Ángel", "Beto", "Zoé"]);
  });

  test('does not change the entries', () => {
    const entries = makeEntries();
    weeklyPay(entries, 6000);
    expect(entries).toEqual(makeEntries());
  });
});

describe('payrollTotal', () => {
  test('adds up everyone\'s pay', () => {
    expect(payrollTotal(makeEntries(), 6000)).toBe(465000);
  });

  test('is 0 for no entries', () => {
    expect(payrollTotal([], 6000)).toBe(0);
  });
});
