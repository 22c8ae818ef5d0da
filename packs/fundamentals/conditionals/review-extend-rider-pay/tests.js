import { describe, test, expect } from '@jest/globals';
import { basePay, dayMultiplier, tripPay, tripLabel } from './solution';

describe('what already worked', () => {
  test('basePay is 800 per kilometer', () => {
    expect(basePay(4)).toBe(3200);
  });

  test('weekends multiply by 1.25', () => {
    expect(dayMultiplier("sunday")).toBe(1.25);
    expect(dayMultiplier("saturday")).toBe(1.25);
    expect(dayMultiplier("wednesday")).toBe(1);
  });

  test('old calls with two arguments still work, with the new minimum', () => {
    expect(tripPay(5, "tuesday")).toBe(4000);
    expect(tripPay(4, "sunday")).toBe(4000);
    expect(tripPay(2.3, "saturday")).toBe(3500);
  });
});

describe('tripPay with the new rules', () => {
  test('the worked example', () => {
    expect(tripPay(12, "saturday", true)).toBe(15500);
  });

  test('canceled trips pay nothing', () => {
    expect(tripPay(0, "friday", false)).toBe(0);
    expect(tripPay(-1, "friday", true)).toBe(0);
    expect(tripPay(undefined, "friday", true)).toBe(0);
    expect(tripPay("5", "friday", false)).toBe(0);
  });

  test('more than 10 km earns the long-distance bonus', () => {
    expect(tripPay(10.5, "friday", false)).toBe(10400);
  });

  test('exactly 10 km does not', () => {
    expect(tripPay(10, "friday", false)).toBe(8000);
  });

  test('rain adds 1500', () => {
    expect(tripPay(6, "thursday", true)).toBe(6300);
  });

  test('short trips pay the minimum, with or without rain', () => {
    expect(tripPay(2, "monday")).toBe(3500);
    expect(tripPay(2, "monday", true)).toBe(3500);
  });

  test('the minimum is checked after the rain bonus', () => {
    expect(tripPay(3, "monday", true)).toBe(3900);
  });
});

describe('tripLabel', () => {
  test('without rain', () => {
    expect(tripLabel(5, "friday", false)).toBe("Trip pay: 4000 centavos");
  });

  test('mentions the rain bonus', () => {
    expect(tripLabel(5, "friday", true)).toBe("Trip pay: 5500 centavos (rain bonus included)");
  });

  test('a canceled trip has no rain bonus', () => {
    expect(tripLabel(0, "friday", true)).toBe("Trip pay: 0 centavos");
  });

  test('works without the third argument', () => {
    expect(tripLabel(12, "sunday")).toBe("Trip pay: 14000 centavos");
  });
});
