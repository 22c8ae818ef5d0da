import { describe, test, expect } from '@jest/globals';
import { withdrawCash } from './solution';

describe('withdrawCash', () => {
  test('hands out cash and shows the new balance', () => {
    expect(withdrawCash(300, 100)).toBe('Please take your cash. New balance: 200');
  });

  test('allows taking out the whole balance', () => {
    expect(withdrawCash(150, 150)).toBe('Please take your cash. New balance: 0');
  });

  test('allows exactly the daily limit', () => {
    expect(withdrawCash(800, 500)).toBe('Please take your cash. New balance: 300');
  });

  test('rejects zero', () => {
    expect(withdrawCash(300, 0)).toBe('Invalid amount');
  });

  test('rejects a negative amount', () => {
    expect(withdrawCash(300, -20)).toBe('Invalid amount');
  });

  test('rejects amounts that are not a multiple of 10', () => {
    expect(withdrawCash(300, 25)).toBe('Amount must be a multiple of 10');
    expect(withdrawCash(300, 7)).toBe('Amount must be a multiple of 10');
  });

  test('rejects more than the daily limit', () => {
    expect(withdrawCash(2000, 600)).toBe('Daily limit is 500');
  });

  test('rejects more than the balance', () => {
    expect(withdrawCash(40, 50)).toBe('Insufficient funds');
  });

  test('a zero balance has insufficient funds', () => {
    expect(withdrawCash(0, 10)).toBe('Insufficient funds');
  });

  test('checks the daily limit before the balance', () => {
    expect(withdrawCash(100, 600)).toBe('Daily limit is 500');
  });

  test('checks the note size before the daily limit', () => {
    expect(withdrawCash(2000, 555)).toBe('Amount must be a multiple of 10');
  });
});
