import { describe, test, expect } from '@jest/globals';
import { digitsOnly, formatPhone, formatContacts } from './solution';

describe('digitsOnly', () => {
  test('removes every space, dash and parenthesis', () => {
    expect(digitsOnly('(81) 8765-4321')).toBe('8187654321');
  });

  test('removes the plus sign and keeps a leading zero', () => {
    expect(digitsOnly('+52 0 1')).toBe('5201');
  });
});

describe('formatPhone', () => {
  test('formats a number written with spaces', () => {
    expect(formatPhone('55 1234 5678')).toBe('55 1234 5678');
  });

  test('formats a number with parentheses and a dash', () => {
    expect(formatPhone('(81) 8765-4321')).toBe('81 8765 4321');
  });

  test('drops the 52 country code', () => {
    expect(formatPhone('+52 33 1111 2222')).toBe('33 1111 2222');
    expect(formatPhone('523311112222')).toBe('33 1111 2222');
  });

  test('formats 10 digits written together', () => {
    expect(formatPhone('5512345678')).toBe('55 1234 5678');
  });

  test('returns null for too few digits', () => {
    expect(formatPhone('1234')).toBeNull();
    expect(formatPhone('')).toBeNull();
  });

  test('returns null for 11 digits', () => {
    expect(formatPhone('55123456789')).toBeNull();
    expect(formatPhone('81 1234 56789')).toBeNull();
  });

  test('returns null for 12 digits that do not start with 52', () => {
    expect(formatPhone('1 555 123 45678')).toBeNull();
  });
});

describe('formatContacts', () => {
  test('formats every line and marks the bad ones', () => {
    expect(
      formatContacts(['Ana López: (55) 1234-5678', '  Luis : +52 81 8765 4321', 'Mara: 12-34']),
    ).toEqual(['Ana López: 55 1234 5678', 'Luis: 81 8765 4321', 'Mara: invalid number']);
  });

  test('returns an empty array for no lines', () => {
    expect(formatContacts([])).toEqual([]);
  });
});
