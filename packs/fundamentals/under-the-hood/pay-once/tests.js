import { describe, test, expect } from '@jest/globals';
import { once } from './solution';

describe('once', () => {
  test('runs fn exactly once, however many times it is called', () => {
    const charge = jest.fn(() => 'charged');
    const pay = once(charge);
    pay();
    pay();
    pay();
    expect(charge).toHaveBeenCalledTimes(1);
  });

  test('passes the arguments of the first call to fn', () => {
    const charge = jest.fn();
    const pay = once(charge);
    pay('tarjeta-1234', 25000);
    expect(charge).toHaveBeenCalledWith('tarjeta-1234', 25000);
  });

  test('returns the first result on every call, ignoring later arguments', () => {
    const pay = once((card, centavos) => `charged ${centavos} to ${card}`);
    expect(pay('tarjeta-1234', 25000)).toBe('charged 25000 to tarjeta-1234');
    expect(pay('tarjeta-1234', 25000)).toBe('charged 25000 to tarjeta-1234');
    expect(pay('tarjeta-9999', 100)).toBe('charged 25000 to tarjeta-1234');
  });

  test('does not run fn again when its first result is undefined, 0 or false', () => {
    const logVisit = jest.fn();
    const track = once(logVisit);
    expect(track()).toBeUndefined();
    expect(track()).toBeUndefined();
    expect(logVisit).toHaveBeenCalledTimes(1);

    const zero = jest.fn(() => 0);
    const countOnce = once(zero);
    countOnce();
    expect(countOnce()).toBe(0);
    expect(zero).toHaveBeenCalledTimes(1);

    const no = jest.fn(() => false);
    const answerOnce = once(no);
    answerOnce();
    expect(answerOnce()).toBe(false);
    expect(no).toHaveBeenCalledTimes(1);
  });

  test('passes this on, so it works as a method', () => {
    const checkout = {
      total: 25000,
      pay: once(function () {
        return `charged ${this.total}`;
      }),
    };
    expect(checkout.pay()).toBe('charged 25000');
  });

  test('does not run fn when the wrapper is created', () => {
    const charge = jest.fn();
    once(charge);
    expect(charge).not.toHaveBeenCalled();
  });

  test('each wrapper has its own memory', () => {
    const charge = jest.fn((card) => `charged ${card}`);
    const payA = once(charge);
    const payB = once(charge);
    expect(payA('A')).toBe('charged A');
    expect(payB('B')).toBe('charged B');
    expect(payA('C')).toBe('charged A');
    expect(charge).toHaveBeenCalledTimes(2);
  });
});
