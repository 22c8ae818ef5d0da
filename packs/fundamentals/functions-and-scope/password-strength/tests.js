import { describe, test, expect } from '@jest/globals';
import { hasDigit, hasUppercase, passwordStrength } from './solution';

describe('passwordStrength', () => {
  test('hasDigit finds a digit anywhere', () => {
    expect(hasDigit('abc7')).toBe(true);
    expect(hasDigit('0abc')).toBe(true);
  });

  test('hasDigit says false when there is no digit', () => {
    expect(hasDigit('abc!')).toBe(false);
    expect(hasDigit('')).toBe(false);
  });

  test('hasUppercase finds a capital letter', () => {
    expect(hasUppercase('holaMundo')).toBe(true);
  });

  test('hasUppercase counts accented capitals and Ñ', () => {
    expect(hasUppercase('ÑANDÚ')).toBe(true);
    expect(hasUppercase('café É')).toBe(true);
  });

  test('hasUppercase ignores small letters, digits and symbols', () => {
    expect(hasUppercase('josé ñ')).toBe(false);
    expect(hasUppercase('123!')).toBe(false);
    expect(hasUppercase('')).toBe(false);
  });

  test('rates a long password with nothing else as weak', () => {
    expect(passwordStrength('sunshine')).toBe('weak');
  });

  test('rates a password meeting two rules as medium', () => {
    expect(passwordStrength('Sunshine')).toBe('medium');
    expect(passwordStrength('sun7A')).toBe('medium');
  });

  test('rates a password meeting all three rules as strong', () => {
    expect(passwordStrength('Sunshine7')).toBe('strong');
    expect(passwordStrength('Contraseña2024')).toBe('strong');
  });

  test('rates an empty password as weak', () => {
    expect(passwordStrength('')).toBe('weak');
  });

  test('rates a short password with only a digit as weak', () => {
    expect(passwordStrength('abc1')).toBe('weak');
  });
});
