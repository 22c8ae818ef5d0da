import { weeklyPay } from './solution';

const RATE = 6000; // $60.00 an hour

describe('weeklyPay', () => {
  test('pays a week without overtime at the normal rate', () => {
    expect(weeklyPay(40, RATE)).toBe(240000);
  });

  test('pays exactly 48 hours at the normal rate', () => {
    expect(weeklyPay(48, RATE)).toBe(48 * 6000);
  });

  test('pays the first overtime hours double', () => {
    expect(weeklyPay(50, RATE)).toBe(48 * 6000 + 2 * 12000);
  });

  test('pays nine overtime hours double', () => {
    expect(weeklyPay(57, RATE)).toBe(48 * 6000 + 9 * 12000);
  });

  test('pays the hours after the 57th triple', () => {
    expect(weeklyPay(58, RATE)).toBe(48 * 6000 + 9 * 12000 + 1 * 18000);
    expect(weeklyPay(60, RATE)).toBe(48 * 6000 + 9 * 12000 + 3 * 18000);
  });

  test('a week off pays nothing', () => {
    expect(weeklyPay(0, RATE)).toBe(0);
  });

  test('accepts the whole week, 168 hours', () => {
    expect(weeklyPay(168, 100)).toBe(48 * 100 + 9 * 200 + 111 * 300);
  });

  test('refuses more hours than a week has', () => {
    expect(() => weeklyPay(169, RATE)).toThrow(RangeError);
    expect(() => weeklyPay(169, RATE)).toThrow('Invalid hours: 169');
  });

  test('refuses negative hours', () => {
    expect(() => weeklyPay(-1, RATE)).toThrow('Invalid hours: -1');
  });

  test('refuses hours that are not whole', () => {
    expect(() => weeklyPay(40.5, RATE)).toThrow('Invalid hours: 40.5');
  });

  test('accepts the smallest rate, 1 centavo', () => {
    expect(weeklyPay(10, 1)).toBe(10);
  });

  test('refuses a rate of 0', () => {
    expect(() => weeklyPay(40, 0)).toThrow(RangeError);
    expect(() => weeklyPay(40, 0)).toThrow('Invalid rate: 0');
  });
});
