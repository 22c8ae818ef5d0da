import { describe, test, expect } from '@jest/globals';
import { toFahrenheit } from './solution';

describe('toFahrenheit', () => {
  test('water freezes at 0 Celsius, 32 Fahrenheit', () => {
    expect(toFahrenheit(0)).toBeCloseTo(32);
  });

  test('water boils at 100 Celsius, 212 Fahrenheit', () => {
    expect(toFahrenheit(100)).toBeCloseTo(212);
  });

  test('body temperature is about 98.6 Fahrenheit', () => {
    expect(toFahrenheit(37)).toBeCloseTo(98.6);
  });

  test('converts a negative temperature', () => {
    expect(toFahrenheit(-10)).toBeCloseTo(14);
  });

  test('both scales agree at -40', () => {
    expect(toFahrenheit(-40)).toBeCloseTo(-40);
  });

  test('converts a temperature with decimals', () => {
    expect(toFahrenheit(21.5)).toBeCloseTo(70.7);
  });

  test('one degree Celsius is 33.8 Fahrenheit', () => {
    expect(toFahrenheit(1)).toBeCloseTo(33.8);
  });

  test('a hot summer day', () => {
    expect(toFahrenheit(35)).toBeCloseTo(95);
  });
});
