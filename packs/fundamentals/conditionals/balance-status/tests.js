import { describe, test, expect } from '@jest/globals';
import { balanceStatus } from './solution';

describe('balanceStatus', () => {
  test('a negative balance is overdrawn', () => {
    expect(balanceStatus(-15.5)).toBe('overdrawn');
  });

  test('a tiny negative balance is overdrawn', () => {
    expect(balanceStatus(-0.01)).toBe('overdrawn');
  });

  test('zero is empty', () => {
    expect(balanceStatus(0)).toBe('empty');
  });

  test('a few cents is low', () => {
    expect(balanceStatus(0.5)).toBe('low');
  });

  test('42 is low', () => {
    expect(balanceStatus(42)).toBe('low');
  });

  test('99.99 is still low', () => {
    expect(balanceStatus(99.99)).toBe('low');
  });

  test('exactly 100 is healthy', () => {
    expect(balanceStatus(100)).toBe('healthy');
  });

  test('a large balance is healthy', () => {
    expect(balanceStatus(2500)).toBe('healthy');
  });
});
