import { describe, test, expect } from '@jest/globals';
import { isText, isMissing, isBrokenNumber } from './solution';

describe('isText', () => {
  test('a name is text', () => {
    expect(isText("Ana")).toBe(true);
  });

  test('an empty string and a postal code in quotes are text too', () => {
    expect(isText("")).toBe(true);
    expect(isText("76000")).toBe(true);
  });

  test('a number is not text', () => {
    expect(isText(42)).toBe(false);
  });

  test('undefined and null are not text', () => {
    expect(isText(undefined)).toBe(false);
    expect(isText(null)).toBe(false);
  });
});

describe('isMissing', () => {
  test('undefined is missing', () => {
    expect(isMissing(undefined)).toBe(true);
  });

  test('null, an empty string and 0 are not missing', () => {
    expect(isMissing(null)).toBe(false);
    expect(isMissing("")).toBe(false);
    expect(isMissing(0)).toBe(false);
  });

  test('the text "undefined" is a string someone typed, not a missing value', () => {
    expect(isMissing("undefined")).toBe(false);
  });
});

describe('isBrokenNumber', () => {
  test('NaN is a broken number', () => {
    expect(isBrokenNumber(NaN)).toBe(true);
    expect(isBrokenNumber(0 / 0)).toBe(true);
  });

  test('ordinary numbers are fine, 0 included', () => {
    expect(isBrokenNumber(42)).toBe(false);
    expect(isBrokenNumber(0)).toBe(false);
    expect(isBrokenNumber(-3.5)).toBe(false);
  });

  test('a string is not a broken number', () => {
    expect(isBrokenNumber("hola")).toBe(false);
    expect(isBrokenNumber("")).toBe(false);
  });
});
