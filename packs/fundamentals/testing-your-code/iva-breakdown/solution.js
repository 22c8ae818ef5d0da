import { priceWithIva } from './solution';

describe('priceWithIva', () => {
  test('adds 16% IVA to a price whose tax is exact', () => {
    expect(priceWithIva(10000)).toEqual({ subtotal: 10000, iva: 1600, total: 11600 });
  });

  test('rounds the IVA up when the fraction is one half or more', () => {
    // 16% of 1999 is 319.84
    expect(priceWithIva(1999)).toEqual({ subtotal: 1999, iva: 320, total: 2319 });
  });

  test('rounds the IVA down when the fraction is less than one half', () => {
    // 16% of 1001 is 160.16
    expect(priceWithIva(1001)).toEqual({ subtotal: 1001, iva: 160, total: 1161 });
  });

  test('a free item has no IVA', () => {
    expect(priceWithIva(0)).toEqual({ subtotal: 0, iva: 0, total: 0 });
  });

  test('rejects a negative subtotal with a RangeError', () => {
    expect(() => priceWithIva(-500)).toThrow(RangeError);
  });

  test('rejects a fraction of a centavo with a RangeError', () => {
    expect(() => priceWithIva(10.5)).toThrow(RangeError);
  });

  test('rejects a subtotal written as text', () => {
    expect(() => priceWithIva("100")).toThrow("whole number of centavos");
  });
});
