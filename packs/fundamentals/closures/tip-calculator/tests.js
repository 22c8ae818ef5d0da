import { describe, test, expect } from '@jest/globals';
import { makeTipCalculator } from './solution';

describe('makeTipCalculator', () => {
  test('returns a function', () => {
    expect(typeof makeTipCalculator(10)).toBe('function');
  });

  test('computes a ten percent tip', () => {
    const tipSpain = makeTipCalculator(10);
    expect(tipSpain(45)).toBe(4.5);
  });

  test('computes a fifteen percent tip', () => {
    expect(makeTipCalculator(15)(80)).toBe(12);
  });

  test('rounds the tip to cents', () => {
    expect(makeTipCalculator(18)(33.5)).toBe(6.03);
  });

  test('gives no tip for a zero bill', () => {
    expect(makeTipCalculator(18)(0)).toBe(0);
  });

  test('gives no tip for zero percent', () => {
    expect(makeTipCalculator(0)(50)).toBe(0);
  });

  test('can be used many times', () => {
    const tip = makeTipCalculator(20);
    expect(tip(10)).toBe(2);
    expect(tip(25)).toBe(5);
  });

  test('keeps each percentage separate', () => {
    const low = makeTipCalculator(5);
    const high = makeTipCalculator(25);
    expect(low(100)).toBe(5);
    expect(high(100)).toBe(25);
    expect(low(100)).toBe(5);
  });
});
