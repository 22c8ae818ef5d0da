import { describe, test, expect } from '@jest/globals';
import { ordersPerHour, busiestHour, quietHours } from './solution';

describe('ordersPerHour', () => {
  test('has one count per hour of the day', () => {
    expect(ordersPerHour([])).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  test('counts the orders of each hour', () => {
    const counts = ordersPerHour(["13:05", "13:40", "09:15", "23:59"]);
    expect(counts).toHaveLength(24);
    expect(counts[9]).toBe(1);
    expect(counts[13]).toBe(2);
    expect(counts[23]).toBe(1);
    expect(counts[10]).toBe(0);
  });

  test('counts an order just after midnight', () => {
    expect(ordersPerHour(["00:00", "00:59"])[0]).toBe(2);
  });

  test('does not change the array it receives', () => {
    const times = ["13:05", "09:15"];
    ordersPerHour(times);
    expect(times).toEqual(["13:05", "09:15"]);
  });
});

describe('busiestHour', () => {
  test('finds the hour with the most orders', () => {
    expect(busiestHour(["13:05", "13:40", "09:15"])).toBe("13:00");
  });

  test('pads hours before 10', () => {
    expect(busiestHour(["07:05", "07:40", "19:15"])).toBe("07:00");
  });

  test('the earlier hour wins a tie', () => {
    expect(busiestHour(["08:10", "14:30", "14:35", "08:50"])).toBe("08:00");
  });

  test('works when the busiest hour is midnight', () => {
    expect(busiestHour(["00:10", "00:20", "22:00"])).toBe("00:00");
  });

  test('returns null without orders', () => {
    expect(busiestHour([])).toBeNull();
  });
});

describe('quietHours', () => {
  test('lists the open hours without orders', () => {
    expect(quietHours(["13:05", "13:40", "15:15"], 12, 17)).toEqual(["12:00", "14:00", "16:00"]);
  });

  test('every open hour is quiet without orders', () => {
    expect(quietHours([], 9, 11)).toEqual(["09:00", "10:00"]);
  });

  test('the closing hour itself is not listed', () => {
    expect(quietHours(["12:30"], 12, 13)).toEqual([]);
  });

  test('orders outside the open hours do not matter', () => {
    expect(quietHours(["08:00", "18:30"], 9, 11)).toEqual(["09:00", "10:00"]);
  });
});
