import { describe, test, expect } from '@jest/globals';
import { findBracketError } from './solution';

describe('findBracketError', () => {
  test('accepts correctly nested brackets', () => {
    expect(findBracketError('total(prices[0])')).toBe(-1);
    expect(findBracketError('{ [ ( ) ] }')).toBe(-1);
  });

  test('accepts an empty string', () => {
    expect(findBracketError('')).toBe(-1);
  });

  test('accepts text with no brackets at all', () => {
    expect(findBracketError('mañana, José')).toBe(-1);
  });

  test('finds a closer of the wrong kind', () => {
    expect(findBracketError('(a]')).toBe(2);
  });

  test('finds a closer with nothing to close', () => {
    expect(findBracketError('x)')).toBe(1);
    expect(findBracketError('()}')).toBe(2);
  });

  test('points to the first unclosed opener', () => {
    expect(findBracketError('{ [ ( ) ]')).toBe(0);
    expect(findBracketError('ok (then [this')).toBe(3);
  });

  test('stops at the first wrong closer', () => {
    expect(findBracketError('(]]]')).toBe(1);
  });

  test('rejects brackets in the wrong order', () => {
    expect(findBracketError('([)]')).toBe(2);
  });

  test('handles side by side groups', () => {
    expect(findBracketError('()[]{}')).toBe(-1);
    expect(findBracketError('()[]{')).toBe(4);
  });
});
