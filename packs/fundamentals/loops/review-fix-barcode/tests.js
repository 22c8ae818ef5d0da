import { describe, test, expect } from '@jest/globals';
import { checkDigit, isValidBarcode } from './solution';

describe('checkDigit', () => {
  test('works out the worked example', () => {
    expect(checkDigit("750105536305")).toBe(6);
  });

  test('gives a number for other barcodes', () => {
    expect(checkDigit("750100011140")).toBe(4);
    expect(checkDigit("400638133393")).toBe(1);
    expect(checkDigit("750101001404")).toBe(7);
  });

  test('is 0 when the sum is already a multiple of 10', () => {
    expect(checkDigit("750640002011")).toBe(0);
  });

  test('is 5 when the sum ends in 5', () => {
    expect(checkDigit("750102000110")).toBe(5);
  });
});

describe('isValidBarcode', () => {
  test('accepts barcodes with the right check digit', () => {
    expect(isValidBarcode("7501055363056")).toBe(true);
    expect(isValidBarcode("7506400020110")).toBe(true);
    expect(isValidBarcode("4006381333931")).toBe(true);
  });

  test('refuses a wrong check digit', () => {
    expect(isValidBarcode("7501055363057")).toBe(false);
  });

  test('refuses a misread digit in the middle', () => {
    expect(isValidBarcode("7501055863056")).toBe(false);
  });

  test('refuses the wrong length', () => {
    expect(isValidBarcode("750105536305")).toBe(false);
    expect(isValidBarcode("75010553630566")).toBe(false);
    expect(isValidBarcode("")).toBe(false);
  });

  test('refuses characters that are not digits', () => {
    expect(isValidBarcode("75010553630A6")).toBe(false);
    expect(isValidBarcode("750105536305 ")).toBe(false);
    expect(isValidBarcode("750640002011 ")).toBe(false);
  });
});
