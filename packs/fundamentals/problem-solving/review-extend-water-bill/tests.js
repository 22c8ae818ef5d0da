import { describe, test, expect } from '@jest/globals';
import { FIXED_CHARGE, consumptionCharge, waterBill, billLine, consumption } from './solution';

describe('what stays the same', () => {
  test('the fixed charge is 4500', () => {
    expect(FIXED_CHARGE).toBe(4500);
  });

  test('a bill with no water used is the fixed charge', () => {
    expect(waterBill(0)).toBe(4500);
  });

  test('the bill line keeps its form', () => {
    expect(billLine("PUE-0451", 0)).toBe("PUE-0451: 0 m3, $45.00");
  });
});

describe('tiered prices', () => {
  test('prices the first 10 m³ at 800', () => {
    expect(consumptionCharge(7)).toBe(5600);
    expect(consumptionCharge(10)).toBe(8000);
  });

  test('prices m³ from 10 to 30 at 1450', () => {
    expect(consumptionCharge(12)).toBe(10900);
    expect(consumptionCharge(30)).toBe(37000);
  });

  test('prices m³ above 30 at 3200', () => {
    expect(consumptionCharge(35)).toBe(53000);
    expect(consumptionCharge(100)).toBe(261000);
  });

  test('handles fractions and rounds to the centavo', () => {
    expect(consumptionCharge(12.5)).toBe(11625);
    expect(consumptionCharge(30.7)).toBe(39240);
    expect(consumptionCharge(10.33)).toBe(8479);
  });

  test('the bill and its line use the new prices', () => {
    expect(waterBill(12)).toBe(15400);
    expect(billLine("PUE-0451", 12)).toBe("PUE-0451: 12 m3, $154.00");
    expect(billLine("PUE-1200", 35)).toBe("PUE-1200: 35 m3, $575.00");
  });
});

describe('consumption', () => {
  test('subtracts the readings', () => {
    expect(consumption(1520, 1547)).toBe(27);
  });

  test('is 0 when the reading did not move', () => {
    expect(consumption(800, 800)).toBe(0);
  });

  test('handles a meter that rolled over', () => {
    expect(consumption(9990, 15)).toBe(25);
    expect(consumption(9999, 0)).toBe(1);
    expect(consumption(5000, 4999)).toBe(9999);
  });
});
