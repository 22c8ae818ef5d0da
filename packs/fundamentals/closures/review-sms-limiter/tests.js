import { describe, test, expect } from '@jest/globals';
import { makeSmsGuard } from './solution';

const ANA = "+52 55 1234 5678";
const LUIS = "+52 81 8765 4321";

describe('makeSmsGuard', () => {
  test('allows up to the limit, then refuses', () => {
    const guard = makeSmsGuard(3, 600);
    expect(guard.request(ANA, 0)).toBe(true);
    expect(guard.request(ANA, 100)).toBe(true);
    expect(guard.request(ANA, 200)).toBe(true);
    expect(guard.request(ANA, 300)).toBe(false);
    expect(guard.sentTo(ANA, 300)).toBe(3);
  });

  test('keeps a separate count for each phone', () => {
    const guard = makeSmsGuard(1, 600);
    expect(guard.request(ANA, 0)).toBe(true);
    expect(guard.request(LUIS, 10)).toBe(true);
    expect(guard.request(ANA, 20)).toBe(false);
    expect(guard.sentTo(LUIS, 20)).toBe(1);
  });

  test('a phone that got nothing has 0', () => {
    const guard = makeSmsGuard(2, 60);
    expect(guard.sentTo(ANA, 0)).toBe(0);
  });

  test('old codes stop counting exactly windowSeconds later', () => {
    const guard = makeSmsGuard(3, 600);
    guard.request(ANA, 0);
    guard.request(ANA, 100);
    guard.request(ANA, 200);
    expect(guard.request(ANA, 599)).toBe(false);
    expect(guard.request(ANA, 600)).toBe(true);
    expect(guard.sentTo(ANA, 650)).toBe(3);
    expect(guard.sentTo(ANA, 700)).toBe(2);
  });

  test('refused requests are not recorded', () => {
    const guard = makeSmsGuard(1, 100);
    guard.request(ANA, 0);
    expect(guard.request(ANA, 50)).toBe(false);
    expect(guard.request(ANA, 90)).toBe(false);
    expect(guard.request(ANA, 100)).toBe(true);
    expect(guard.sentTo(ANA, 120)).toBe(1);
  });

  test('compares phone numbers exactly as given', () => {
    const guard = makeSmsGuard(1, 600);
    guard.request("+52 55 1234 5678", 0);
    expect(guard.request("5512345678", 0)).toBe(true);
  });

  test('guards do not share their records', () => {
    const login = makeSmsGuard(1, 600);
    const payments = makeSmsGuard(1, 600);
    expect(login.request(ANA, 0)).toBe(true);
    expect(payments.request(ANA, 0)).toBe(true);
    expect(login.request(ANA, 1)).toBe(false);
  });

  test('returns only the two functions: the records are private', () => {
    const guard = makeSmsGuard(3, 600);
    guard.request(ANA, 0);
    expect(Object.keys(guard).sort()).toEqual(['request', 'sentTo']);
    for (const value of Object.values(guard)) {
      expect(typeof value).toBe('function');
    }
  });
});
