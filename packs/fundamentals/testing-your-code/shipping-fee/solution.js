import { shippingFee } from './solution';

describe('shippingFee', () => {
  test('charges 99 pesos for a light parcel', () => {
    expect(shippingFee(300)).toBe(9900);
  });

  test('charges 99 pesos for the lightest parcel, 1 g', () => {
    expect(shippingFee(1)).toBe(9900);
  });

  test('charges 99 pesos for exactly 500 g', () => {
    expect(shippingFee(500)).toBe(9900);
  });

  test('charges 149 pesos from 501 g', () => {
    expect(shippingFee(501)).toBe(14900);
  });

  test('charges 149 pesos for exactly 2 kg', () => {
    expect(shippingFee(2000)).toBe(14900);
  });

  test('charges 249 pesos from 2,001 g', () => {
    expect(shippingFee(2001)).toBe(24900);
  });

  test('charges 249 pesos for exactly 10 kg', () => {
    expect(shippingFee(10000)).toBe(24900);
  });

  test('charges 399 pesos from 10,001 g', () => {
    expect(shippingFee(10001)).toBe(39900);
  });

  test('charges 399 pesos for exactly 20 kg', () => {
    expect(shippingFee(20000)).toBe(39900);
  });

  test('refuses a parcel just over 20 kg', () => {
    expect(() => shippingFee(20001)).toThrow("ship by freight");
  });

  test('refuses a parcel of 0 g', () => {
    expect(() => shippingFee(0)).toThrow(RangeError);
  });

  test('refuses a weight with a fraction of a gram', () => {
    expect(() => shippingFee(250.5)).toThrow("whole number of grams");
  });
});
