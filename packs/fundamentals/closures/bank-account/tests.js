import { describe, test, expect } from '@jest/globals';
import { makeAccount } from './solution';

describe('makeAccount', () => {
  test('starts with the initial balance', () => {
    expect(makeAccount(50).balance()).toBe(50);
  });

  test('adds deposits and returns the new balance', () => {
    const account = makeAccount(10);
    expect(account.deposit(15)).toBe(25);
    expect(account.balance()).toBe(25);
  });

  test('withdraws when there is enough money', () => {
    const account = makeAccount(100);
    expect(account.withdraw(100)).toBe(true);
    expect(account.balance()).toBe(0);
  });

  test('refuses to go below zero without an overdraft', () => {
    const account = makeAccount(20);
    expect(account.withdraw(21)).toBe(false);
    expect(account.balance()).toBe(20);
  });

  test('allows going negative down to the overdraft limit', () => {
    const account = makeAccount(5000, 10000);
    expect(account.withdraw(12000)).toBe(true);
    expect(account.balance()).toBe(-7000);
    expect(account.withdraw(4000)).toBe(false);
    expect(account.withdraw(3000)).toBe(true);
    expect(account.balance()).toBe(-10000);
  });

  test('ignores deposits of zero or less', () => {
    const account = makeAccount(30);
    expect(account.deposit(0)).toBe(30);
    expect(account.deposit(-5)).toBe(30);
  });

  test('refuses withdrawals of zero or less', () => {
    const account = makeAccount(30);
    expect(account.withdraw(0)).toBe(false);
    expect(account.withdraw(-10)).toBe(false);
    expect(account.balance()).toBe(30);
  });

  test('keeps centavos exact', () => {
    const account = makeAccount(1050);
    expect(account.deposit(25)).toBe(1075);
    expect(account.withdraw(1075)).toBe(true);
    expect(account.balance()).toBe(0);
  });

  test('allows exactly the overdraft limit, not one centavo more', () => {
    const account = makeAccount(0, 10000);
    expect(account.withdraw(10001)).toBe(false);
    expect(account.withdraw(10000)).toBe(true);
    expect(account.balance()).toBe(-10000);
  });

  test('returns only functions: no public balance to read or overwrite', () => {
    const account = makeAccount(100, 50);
    expect(Object.keys(account).sort()).toEqual(['balance', 'deposit', 'withdraw']);
    for (const value of Object.values(account)) {
      expect(typeof value).toBe('function');
    }
  });

  test('the functions still work when taken out of the object', () => {
    const account = makeAccount(100, 50);
    const balance = account.balance;
    const deposit = account.deposit;
    const withdraw = account.withdraw;
    expect(deposit(20)).toBe(120);
    expect(withdraw(160)).toBe(true);
    expect(balance()).toBe(-40);
    expect(account.balance()).toBe(-40);
  });

  test('keeps accounts separate', () => {
    const ana = makeAccount(100);
    const luis = makeAccount(100);
    ana.withdraw(60);
    luis.deposit(40);
    expect(ana.balance()).toBe(40);
    expect(luis.balance()).toBe(140);
  });
});
