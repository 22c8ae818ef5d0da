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
    const account = makeAccount(50, 100);
    expect(account.withdraw(120)).toBe(true);
    expect(account.balance()).toBe(-70);
    expect(account.withdraw(40)).toBe(false);
    expect(account.withdraw(30)).toBe(true);
    expect(account.balance()).toBe(-100);
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

  test('handles decimal amounts', () => {
    const account = makeAccount(10.5);
    account.deposit(0.25);
    expect(account.balance()).toBeCloseTo(10.75);
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
