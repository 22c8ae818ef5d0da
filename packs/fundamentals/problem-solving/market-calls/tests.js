import { describe, test, expect } from '@jest/globals';
import { marketCalls } from './solution';

describe('marketCalls', () => {
  test('calls the first eight numbers', () => {
    expect(marketCalls(8)).toEqual(['1', '2', 'pan', 'queso', '5', 'pan', 'lucky', 'queso']);
  });

  test('calls 12 mollete', () => {
    expect(marketCalls(12).at(-1)).toBe('mollete');
  });

  test('returns an empty array for 0', () => {
    expect(marketCalls(0)).toEqual([]);
  });

  test('returns an empty array for a negative number', () => {
    expect(marketCalls(-5)).toEqual([]);
  });

  test('lets the 7 rule beat the multiple rules', () => {
    const calls = marketCalls(72);
    expect(calls[26]).toBe('lucky');   // 27
    expect(calls[71]).toBe('lucky');   // 72, a multiple of 3 and 4
    expect(calls[16]).toBe('lucky');   // 17
  });

  test('calls 24 mollete', () => {
    expect(marketCalls(24)[23]).toBe('mollete');
  });

  test('gives one call per number, all strings', () => {
    const calls = marketCalls(30);
    expect(calls).toHaveLength(30);
    expect(calls[9]).toBe('10');
    expect(calls[19]).toBe('queso');
  });
});
