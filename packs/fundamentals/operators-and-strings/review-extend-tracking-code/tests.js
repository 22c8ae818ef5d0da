import { describe, test, expect } from '@jest/globals';
import { trackingCode, cityOf, numberOf, nextCode, normalizeCode } from './solution';

describe('the existing functions still work', () => {
  test('trackingCode pads the number to six digits', () => {
    expect(trackingCode("pue", 482)).toBe("PUE-000482");
    expect(trackingCode("GDL", 123456)).toBe("GDL-123456");
  });

  test('cityOf and numberOf read a code', () => {
    expect(cityOf("PUE-000482")).toBe("PUE");
    expect(numberOf("PUE-000482")).toBe(482);
  });
});

describe('nextCode', () => {
  test('adds one to the number', () => {
    expect(nextCode("PUE-000482")).toBe("PUE-000483");
  });

  test('keeps the city', () => {
    expect(nextCode("MID-000001")).toBe("MID-000002");
  });

  test('carries into the next digit', () => {
    expect(nextCode("GDL-000999")).toBe("GDL-001000");
  });

  test('starts again at 000000 after 999999', () => {
    expect(nextCode("MTY-999999")).toBe("MTY-000000");
  });
});

describe('normalizeCode', () => {
  test('trims, uppercases and pads', () => {
    expect(normalizeCode(" gdl-482 ")).toBe("GDL-000482");
  });

  test('pads a one-digit number', () => {
    expect(normalizeCode("Mty-7")).toBe("MTY-000007");
  });

  test('leaves a tidy code as it is', () => {
    expect(normalizeCode("PUE-000482")).toBe("PUE-000482");
  });

  test('keeps a six-digit number', () => {
    expect(normalizeCode("  cun-120345")).toBe("CUN-120345");
  });

  test('a tidied code can be read back', () => {
    expect(numberOf(normalizeCode("qro-15 "))).toBe(15);
  });
});
