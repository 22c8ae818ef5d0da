import { describe, test, expect } from '@jest/globals';
import { ivaRate, priceWithIva, ivaLabel } from './solution';

describe('ivaRate', () => {
  test('food and medicine are 0%, even at the border', () => {
    expect(ivaRate("food", false)).toBe(0);
    expect(ivaRate("medicine", true)).toBe(0);
  });

  test('goods and services are 16%', () => {
    expect(ivaRate("goods", false)).toBe(0.16);
    expect(ivaRate("services", false)).toBe(0.16);
  });

  test('goods and services are 8% in the border zone', () => {
    expect(ivaRate("goods", true)).toBe(0.08);
    expect(ivaRate("services", true)).toBe(0.08);
  });

  test('ignores spaces and capital letters', () => {
    expect(ivaRate(" Food ", false)).toBe(0);
    expect(ivaRate("GOODS", false)).toBe(0.16);
    expect(ivaRate("  Services", true)).toBe(0.08);
  });

  test('an unknown category gives null', () => {
    expect(ivaRate("toys", false)).toBeNull();
    expect(ivaRate("", true)).toBeNull();
  });
});

describe('priceWithIva', () => {
  test('rounds the IVA down when it is below half a centavo', () => {
    expect(priceWithIva(12345, "goods", false)).toBe(14320);
  });

  test('rounds the IVA up from half a centavo or more', () => {
    expect(priceWithIva(999, "services", true)).toBe(1079);
  });

  test('a 0% item keeps its price', () => {
    expect(priceWithIva(5000, "MEDICINE", true)).toBe(5000);
  });

  test('an unknown category gives null', () => {
    expect(priceWithIva(5000, "toys", false)).toBeNull();
  });
});

describe('ivaLabel', () => {
  test('labels each rate', () => {
    expect(ivaLabel("goods", false)).toBe("IVA 16%");
    expect(ivaLabel("goods", true)).toBe("IVA 8%");
    expect(ivaLabel("medicine", false)).toBe("IVA 0%");
  });

  test('a 0% category is not unknown', () => {
    expect(ivaLabel(" Food", true)).toBe("IVA 0%");
  });

  test('labels an unknown category', () => {
    expect(ivaLabel("", false)).toBe("unknown category");
    expect(ivaLabel("toys", true)).toBe("unknown category");
  });
});
