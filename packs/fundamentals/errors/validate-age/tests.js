import { describe, test, expect } from '@jest/globals';
import { validateAge } from './solution';

describe('validateAge', () => {
  test('returns a normal age', () => {
    expect(validateAge(34)).toBe(34);
  });

  test('accepts the limits 0 and 130', () => {
    expect(validateAge(0)).toBe(0);
    expect(validateAge(130)).toBe(130);
  });

  test('rejects a string with a TypeError', () => {
    expect(() => validateAge('34')).toThrow(TypeError);
    expect(() => validateAge('34')).toThrow('Age must be a number');
  });

  test('rejects NaN, undefined and null', () => {
    expect(() => validateAge(NaN)).toThrow(TypeError);
    expect(() => validateAge(undefined)).toThrow('Age must be a number');
    expect(() => validateAge(null)).toThrow(TypeError);
  });

  test('rejects negative ages with a RangeError', () => {
    expect(() => validateAge(-1)).toThrow(RangeError);
    expect(() => validateAge(-1)).toThrow('Age must be between 0 and 130');
  });

  test('rejects ages above 130', () => {
    expect(() => validateAge(131)).toThrow(/between 0 and 130/);
  });

  test('a range problem is not reported as a type problem', () => {
    expect(() => validateAge(200)).not.toThrow(TypeError);
  });
});
