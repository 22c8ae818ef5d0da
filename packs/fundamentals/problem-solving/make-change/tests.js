import { describe, test, expect } from '@jest/globals';
import { makeChange } from './solution';

describe('makeChange', () => {
  test('uses one piece of several denominations', () => {
    expect(makeChange(12350, 20000)).toEqual({ 5000: 1, 2000: 1, 500: 1, 100: 1, 50: 1 });
  });

  test('gives a simple change', () => {
    expect(makeChange(3000, 10000)).toEqual({ 5000: 1, 2000: 1 });
  });

  test('returns an empty object for exact payment', () => {
    expect(makeChange(8000, 8000)).toEqual({});
  });

  test('returns null when the customer paid too little', () => {
    expect(makeChange(8000, 5000)).toBeNull();
  });

  test('returns null when the change cannot be exact', () => {
    expect(makeChange(1230, 2000)).toBeNull();
  });

  test('uses several pieces of the same denomination', () => {
    expect(makeChange(0, 140400)).toEqual({ 100000: 1, 20000: 2, 200: 2 });
  });

  test('uses the smallest coin', () => {
    expect(makeChange(950, 1000)).toEqual({ 50: 1 });
  });
});
