import { describe, test, expect } from '@jest/globals';
import { cardDigits, luhnSum, isValidCard } from './solution';

describe('luhnSum', () => {
  test('works the example from the instructions', () => {
    expect(luhnSum([4, 5, 6, 7])).toBe(23);
  });

  test('takes 9 off doubled digits above 9', () => {
    expect(luhnSum([8, 0])).toBe(7);
    expect(luhnSum([9, 9])).toBe(18);
  });

  test('counts from the right with an odd number of digits', () => {
    expect(luhnSum([1, 2, 3])).toBe(8);
    expect(luhnSum([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3])).toBe(70);
  });

  test('a single digit is never doubled', () => {
    expect(luhnSum([6])).toBe(6);
  });
});

describe('isValidCard', () => {
  test('accepts the Visa test number', () => {
    expect(isValidCard('4111 1111 1111 1111')).toBe(true);
  });

  test('accepts the Mastercard and Discover test numbers', () => {
    expect(isValidCard('5555 5555 5555 4444')).toBe(true);
    expect(isValidCard('6011-0009-9013-9424')).toBe(true);
  });

  test('accepts odd-length test numbers', () => {
    expect(isValidCard('3782 822463 10005')).toBe(true);
    expect(isValidCard('4222222222222')).toBe(true);
  });

  test('rejects a number with one wrong digit', () => {
    expect(isValidCard('4111 1111 1111 1112')).toBe(false);
    expect(isValidCard('5555 5555 5555 4445')).toBe(false);
  });

  test('rejects numbers that are too short or contain letters', () => {
    expect(isValidCard('79927398713')).toBe(false);
    expect(isValidCard('4111-1111-1111-111a')).toBe(false);
    expect(isValidCard('')).toBe(false);
  });

  test('cardDigits skips spaces and dashes', () => {
    expect(cardDigits('40-12 8')).toEqual([4, 0, 1, 2, 8]);
  });
});
