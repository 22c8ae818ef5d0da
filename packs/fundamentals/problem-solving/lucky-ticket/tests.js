import { describe, test, expect } from '@jest/globals';
import { isLuckyTicket } from './solution';

describe('isLuckyTicket', () => {
  test('a mirrored ticket is lucky', () => {
    expect(isLuckyTicket(123321)).toBe(true);
  });

  test('different digits with equal sums are lucky', () => {
    expect(isLuckyTicket(385592)).toBe(true);
  });

  test('unequal sums are not lucky', () => {
    expect(isLuckyTicket(123456)).toBe(false);
  });

  test('puts back leading zeros', () => {
    expect(isLuckyTicket(42)).toBe(false);
    expect(isLuckyTicket(1001)).toBe(true);
  });

  test('ticket 0 is lucky', () => {
    expect(isLuckyTicket(0)).toBe(true);
  });

  test('the biggest ticket is lucky', () => {
    expect(isLuckyTicket(999999)).toBe(true);
  });

  test('a ticket with zeros only on one side', () => {
    expect(isLuckyTicket(900009)).toBe(true);
    expect(isLuckyTicket(100000)).toBe(false);
  });
});
