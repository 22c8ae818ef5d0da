import { describe, test, expect } from '@jest/globals';
import { BankAccount } from './solution';

describe('BankAccount', () => {
  test('stores the owner and the starting balance', () => {
    const account = new BankAccount('Rosa', 100);
    expect(account.owner).toBe('Rosa');
    expect(account.balance).toBe(100);
  });

  test('starts at 0 when no balance is given', () => {
    expect(new BankAccount('Iván').balance).toBe(0);
  });

  test('deposit adds money and returns the new balance', () => {
    const account = new BankAccount('Rosa', 100);
    expect(account.deposit(20)).toBe(120);
    expect(account.balance).toBe(120);
  });

  test('deposit ignores zero and negative amounts', () => {
    const account = new BankAccount('Rosa', 50);
    expect(account.deposit(0)).toBe(50);
    expect(account.deposit(-10)).toBe(50);
  });

  test('withdraw takes money out when there is enough', () => {
    const account = new BankAccount('Rosa', 100);
    expect(account.withdraw(100)).toBe(true);
    expect(account.balance).toBe(0);
  });

  test('withdraw refuses to go below zero', () => {
    const account = new BankAccount('Rosa', 100);
    expect(account.withdraw(500)).toBe(false);
    expect(account.balance).toBe(100);
  });

  test('withdraw refuses zero and negative amounts', () => {
    const account = new BankAccount('Rosa', 100);
    expect(account.withdraw(0)).toBe(false);
    expect(account.withdraw(-5)).toBe(false);
    expect(account.balance).toBe(100);
  });

  test('summary is a getter that stays up to date', () => {
    const account = new BankAccount('José', 10);
    expect(account.summary).toBe('José: $10');
    account.deposit(5);
    expect(account.summary).toBe('José: $15');
  });

  test('accounts are separate instances', () => {
    const a = new BankAccount('Ana', 5);
    const b = new BankAccount('Beto', 5);
    a.deposit(10);
    expect(b.balance).toBe(5);
    expect(a).toBeInstanceOf(BankAccount);
  });
});
