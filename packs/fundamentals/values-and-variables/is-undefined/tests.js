import { describe, test, expect } from '@jest/globals';
import { isMissing } from './solution';

describe('isMissing', () => {
  test('undefined is missing', () => {
    expect(isMissing(undefined)).toBe(true);
  });

  test('calling with no argument counts as missing', () => {
    expect(isMissing()).toBe(true);
  });

  test('a name is not missing', () => {
    expect(isMissing('Ana')).toBe(false);
    expect(isMissing('Ñandú')).toBe(false);
  });

  test('zero and negative numbers are not missing', () => {
    expect(isMissing(0)).toBe(false);
    expect(isMissing(-1)).toBe(false);
  });

  test('the empty string is not missing', () => {
    expect(isMissing('')).toBe(false);
  });

  test('false is not missing', () => {
    expect(isMissing(false)).toBe(false);
  });

  test('null is not missing', () => {
    expect(isMissing(null)).toBe(false);
  });

  test('the word undefined in quotes is not missing', () => {
    expect(isMissing('undefined')).toBe(false);
  });
});
