import { describe, test, expect } from '@jest/globals';
import { withdraw } from './solution';

describe('withdraw', () => {
  test('returns the new balance in centavos', () => {
    expect(withdraw(10000, 3000)).toBe(7000);
  });

  test('can empty the account exactly', () => {
    expect(withdraw(10000, 10000)).toBe(0);
  });

  test('keeps every centavo exact', () => {
    expect(withdraw(5075, 25)).toBe(5050);
    expect(withdraw(30, 10)).toBe(20);
  });

  test('refuses more than the balance, showing the balance in pesos', () => {
    expect(() => withdraw(8000, 12000)).toThrow(/^Insufficient funds: balance is \$80\.00$/);
  });

  test('shows the centavos of the balance in the message', () => {
    expect(() => withdraw(5075, 9000)).toThrow(/^Insufficient funds: balance is \$50\.75$/);
    expect(() => withdraw(5, 6)).toThrow('Insufficient funds: balance is $0.05');
  });

  test('refuses any amount from an empty account', () => {
    expect(() => withdraw(0, 1)).toThrow('Insufficient funds: balance is $0.00');
  });

  test('refuses zero', () => {
    expect(() => withdraw(8000, 0)).toThrow('Amount must be positive');
  });

  test('refuses negative amounts', () => {
    expect(() => withdraw(8000, -500)).toThrow(/must be positive/);
  });

  test('checks the amount before the balance', () => {
    expect(() => withdraw(0, -1000)).toThrow('Amount must be positive');
  });

  test('throws real Error objects', () => {
    expect(() => withdraw(1000, 2000)).toThrow(Error);
  });
});
