// Tests only ordinary weeks: no limits, no invalid input, so most broken versions get through.
import { weeklyPay } from './solution';

describe('weeklyPay', () => {
  test('pays a week without overtime at the normal rate', () => {
    expect(weeklyPay(40, 6000)).toBe(240000);
  });

  test('pays a little overtime double', () => {
    expect(weeklyPay(50, 6000)).toBe(312000);
  });
});
