import { weeklyPay } from './solution';

describe('weeklyPay', () => {
  test('pays a week without overtime at the normal rate', () => {
    expect(weeklyPay(40, 6000)).toBe(240000);
  });

  // Add your tests here.
});
