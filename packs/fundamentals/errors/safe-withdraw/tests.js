import { describe, test, expect } from '@jest/globals';
import { withdraw } from './solution';

describe('withdraw', () => {
  test('returns the new balance', () => {
    expect(withdraw(100, 30)).toBe(70);
  });

  test('can empty the account exactly', () => {
    expect(withdraw(100, 100)).toBe(0);
  });

  test('works with cents', () => {
    expect(withdraw(50.75, 0.25)).toBeCloseTo(50.5);
  });

  test('refuses more than the balance', () => {
    expect(() => withdraw(80, 120)).toThrow('Insufficient funds: balance is 80');
  });

  test('refuses any amount from an empty account', () => {
    expect(() => withdraw(0, 1)).toThrow('Insufficient funds: balance is 0');
  });

  test('refuses zero', () => {
    expect(() => withdraw(80, 0)).toThrow('Amount must be positive');
  });

  test('refuses negative amounts', () => {
    expect(() => withdraw(80, -5)).toThrow(/must be positive/);
  });

  test('checks the amount before the balance', () => {
    expect(() => withdraw(0, -10)).toThrow('Amount must be positive');
  });

  test('throws real Error objects', () => {
    expect(() => withdraw(10, 20)).toThrow(Error);
  });
});
