import { describe, test, expect } from '@jest/globals';
import { monthlyPayment, loanSummary } from './solution';

describe('monthlyPayment', () => {
  test('a year at 24%', () => {
    expect(monthlyPayment(1000000, "24%", 12)).toBe(94560);
  });

  test('reads a rate with decimals and spaces', () => {
    expect(monthlyPayment(1500000, " 18.5% ", 24)).toBe(75249);
  });

  test('rounds to the nearest centavo, down as well as up', () => {
    expect(monthlyPayment(50000, "36%", 6)).toBe(9230);
    expect(monthlyPayment(999999, "9.9%", 48)).toBe(25315);
  });

  test('a single month pays the principal plus one month of interest', () => {
    expect(monthlyPayment(2000000, "12%", 1)).toBe(2020000);
  });

  test('returns a number', () => {
    expect(typeof monthlyPayment(1000000, "24%", 12)).toBe("number");
  });
});

describe('loanSummary', () => {
  test('builds the worked example', () => {
    expect(loanSummary(1000000, "24%", 12)).toBe(
      "12 payments of $945.60, total $11347.20, interest $1347.20"
    );
  });

  test('uses the rounded payment for the total', () => {
    expect(loanSummary(50000, "36%", 6)).toBe(
      "6 payments of $92.30, total $553.80, interest $53.80"
    );
  });

  test('pads centavos under ten', () => {
    expect(loanSummary(600000, "18%", 12)).toBe(
      "12 payments of $550.08, total $6600.96, interest $600.96"
    );
  });

  test('two months', () => {
    expect(loanSummary(2000000, "12%", 2)).toBe(
      "2 payments of $10150.25, total $20300.50, interest $300.50"
    );
  });
});
