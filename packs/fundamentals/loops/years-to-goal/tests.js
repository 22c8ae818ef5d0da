import { describe, test, expect } from '@jest/globals';
import { yearsToGoal } from './solution';

describe('yearsToGoal', () => {
  test('5% takes 9 years to go from 1000 to 1500', () => {
    expect(yearsToGoal(1000, 1500, 5)).toBe(9);
  });

  test('10% takes 8 years to double', () => {
    expect(yearsToGoal(1000, 2000, 10)).toBe(8);
  });

  test('a goal just above the start takes one year', () => {
    expect(yearsToGoal(1000, 1001, 2)).toBe(1);
  });

  test('a low rate takes many years', () => {
    expect(yearsToGoal(100, 200, 1)).toBe(70);
  });

  test('returns 0 when the goal is already reached', () => {
    expect(yearsToGoal(500, 400, 3)).toBe(0);
    expect(yearsToGoal(500, 500, 3)).toBe(0);
  });

  test('returns -1 when the rate is zero', () => {
    expect(yearsToGoal(1000, 1500, 0)).toBe(-1);
  });

  test('returns -1 when the rate is negative', () => {
    expect(yearsToGoal(1000, 1500, -2)).toBe(-1);
  });

  test('returns -1 when there is no money to start with', () => {
    expect(yearsToGoal(0, 1500, 5)).toBe(-1);
  });
});
