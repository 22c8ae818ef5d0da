import { describe, test, expect } from '@jest/globals';
import { InsufficientFundsError, Wallet } from './solution';

describe('Wallet and InsufficientFundsError', () => {
  test('the error has a message, a name and its details', () => {
    const error = new InsufficientFundsError(30, 50);
    expect(error.message).toBe('Cannot withdraw 50: balance is 30');
    expect(error.name).toBe('InsufficientFundsError');
    expect(error.balance).toBe(30);
    expect(error.amount).toBe(50);
    expect(error).toBeInstanceOf(Error);
  });

  test('shortBy says how much is missing', () => {
    expect(new InsufficientFundsError(30, 50).shortBy).toBe(20);
    expect(new InsufficientFundsError(0, 12.5).shortBy).toBe(12.5);
  });

  test('a wallet starts with the balance given, or 0', () => {
    expect(new Wallet('Camila', 30).balance).toBe(30);
    expect(new Wallet('Íñigo').balance).toBe(0);
  });

  test('withdraw returns the new balance', () => {
    const wallet = new Wallet('Camila', 30);
    expect(wallet.withdraw(10)).toBe(20);
    expect(wallet.withdraw(20)).toBe(0);
  });

  test('withdraw throws InsufficientFundsError when there is not enough', () => {
    const wallet = new Wallet('Camila', 30);
    expect(() => wallet.withdraw(50)).toThrow(InsufficientFundsError);
    expect(() => wallet.withdraw(50)).toThrow('Cannot withdraw 50: balance is 30');
    expect(wallet.balance).toBe(30);
  });

  test('the thrown error knows the shortfall', () => {
    const wallet = new Wallet('Camila', 30);
    let caught = null;
    try {
      wallet.withdraw(45);
    } catch (error) {
      caught = error;
    }
    expect(caught.shortBy).toBe(15);
  });

  test('withdraw rejects zero and negative amounts with a RangeError', () => {
    const wallet = new Wallet('Camila', 30);
    expect(() => wallet.withdraw(0)).toThrow(RangeError);
    expect(() => wallet.withdraw(-5)).toThrow('Amount must be positive');
  });

  test('tryWithdraw returns true or false', () => {
    const wallet = new Wallet('Camila', 30);
    expect(wallet.tryWithdraw(10)).toBe(true);
    expect(wallet.tryWithdraw(50)).toBe(false);
    expect(wallet.balance).toBe(20);
  });

  test('tryWithdraw rethrows errors that are not about funds', () => {
    const wallet = new Wallet('Camila', 30);
    expect(() => wallet.tryWithdraw(-5)).toThrow(RangeError);
    expect(wallet.balance).toBe(30);
  });
});
