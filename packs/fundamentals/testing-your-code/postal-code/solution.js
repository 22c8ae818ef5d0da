import { isValidPostalCode } from './solution';

describe('isValidPostalCode', () => {
  test('accepts a Mexico City postal code that starts with zero', () => {
    expect(isValidPostalCode("06700")).toBe(true);
  });

  test('accepts a Monterrey postal code', () => {
    expect(isValidPostalCode("64000")).toBe(true);
  });

  test('refuses four digits', () => {
    expect(isValidPostalCode("6700")).toBe(false);
  });

  test('refuses six digits', () => {
    expect(isValidPostalCode("064000")).toBe(false);
  });

  test('refuses a letter among five characters', () => {
    expect(isValidPostalCode("0670A")).toBe(false);
  });

  test('refuses a code with a prefix', () => {
    expect(isValidPostalCode("CP 44100")).toBe(false);
  });

  test('refuses a number, even with five digits', () => {
    expect(isValidPostalCode(44100)).toBe(false);
  });

  test('returns false for a missing value instead of throwing', () => {
    expect(isValidPostalCode(null)).toBe(false);
    expect(isValidPostalCode(undefined)).toBe(false);
  });
});
