import { describe, test, expect } from '@jest/globals';
import { add } from './solution';

describe('add', () => {
  test('adds two small numbers', () => {
    expect(add(2, 3)).toBe(5);
  });

  test('adds zero and zero', () => {
    expect(add(0, 0)).toBe(0);
  });

  test('adding zero keeps the other number', () => {
    expect(add(7, 0)).toBe(7);
    expect(add(0, 7)).toBe(7);
  });

  test('adds a negative and a positive number', () => {
    expect(add(-4, 10)).toBe(6);
  });

  test('adds two negative numbers', () => {
    expect(add(-2, -3)).toBe(-5);
  });

  test('adds decimal prices', () => {
    expect(add(1.25, 2.5)).toBeCloseTo(3.75);
    expect(add(0.1, 0.2)).toBeCloseTo(0.3);
  });

  test('adds large numbers', () => {
    expect(add(1000000, 2500000)).toBe(3500000);
  });

  test('gives the same result in either order', () => {
    expect(add(8, 13)).toBe(21);
    expect(add(13, 8)).toBe(21);
  });
});
