import { describe, test, expect } from '@jest/globals';
import { volumetricKg, chargeableKg, pricePerKg, shippingQuote } from './solution';

describe('volumetricKg', () => {
  test('divides the volume by 5000 without rounding', () => {
    expect(volumetricKg(30, 20, 10)).toBeCloseTo(1.2);
    expect(volumetricKg(50, 40, 30)).toBe(12);
  });
});

describe('chargeableKg', () => {
  test('uses the actual weight when it is larger', () => {
    expect(chargeableKg(2, 30, 20, 10)).toBe(2);
  });

  test('uses the volumetric weight when it is larger', () => {
    expect(chargeableKg(3, 50, 40, 30)).toBe(12);
  });

  test('rounds up to a whole kilogram', () => {
    expect(chargeableKg(0.4, 10, 10, 10)).toBe(1);
    expect(chargeableKg(5.1, 10, 10, 10)).toBe(6);
    expect(chargeableKg(1, 35, 25, 20)).toBe(4);
  });
});

describe('pricePerKg', () => {
  test('knows the three zones', () => {
    expect(pricePerKg("local")).toBe(4500);
    expect(pricePerKg("national")).toBe(7000);
    expect(pricePerKg("remote")).toBe(11000);
  });

  test('gives null for an unknown zone', () => {
    expect(pricePerKg("moon")).toBeNull();
  });
});

describe('shippingQuote', () => {
  test('the worked example uses the national zone by default', () => {
    expect(shippingQuote(3, 50, 40, 30)).toBe(84000);
  });

  test('express costs 60% more', () => {
    expect(shippingQuote(3, 50, 40, 30, "national", true)).toBe(134400);
  });

  test('express is rounded to the nearest centavo', () => {
    expect(shippingQuote(0.4, 10, 10, 10, "local", true)).toBe(7200);
    expect(shippingQuote(7, 10, 10, 10, "remote", true)).toBe(123200);
  });

  test('uses the zone it is given', () => {
    expect(shippingQuote(0.4, 10, 10, 10, "remote")).toBe(11000);
    expect(shippingQuote(2, 30, 20, 10, "local", false)).toBe(9000);
  });

  test('refuses a size or weight of 0 or less', () => {
    expect(shippingQuote(2, 30, 0, 10)).toBeNull();
    expect(shippingQuote(0, 30, 20, 10)).toBeNull();
    expect(shippingQuote(2, -30, 20, 10)).toBeNull();
    expect(shippingQuote(2, 30, 20, -1, "local")).toBeNull();
  });

  test('refuses an unknown zone', () => {
    expect(shippingQuote(2, 30, 20, 10, "moon")).toBeNull();
    expect(shippingQuote(2, 30, 20, 10, "moon", true)).toBeNull();
  });
});
