import { describe, test, expect, afterEach } from '@jest/globals';
import { centro, frontera } from './stores.js';
import { fronteraPrice, fronteraLine, makeFronteraPricer } from './solution';

// The stores are shared by every test: put them back as they were after each one.
const centroMethods = { priceWithIva: centro.priceWithIva, receiptLine: centro.receiptLine };
afterEach(() => {
  centro.priceWithIva = centroMethods.priceWithIva;
  centro.receiptLine = centroMethods.receiptLine;
  for (const key of Object.keys(frontera)) {
    if (key !== 'name' && key !== 'ivaRate') delete frontera[key];
  }
  frontera.ivaRate = 0.08;
});

describe('fronteraPrice', () => {
  test('adds the 8% border IVA', () => {
    expect(fronteraPrice(1500)).toBe(1620);
    expect(fronteraPrice(25000)).toBe(27000);
  });

  test('rounds to the nearest centavo', () => {
    expect(fronteraPrice(1999)).toBe(2159); // 2158.92 centavos
  });

  test("borrows centro's priceWithIva instead of repeating the formula", () => {
    const spy = jest.spyOn(centro, 'priceWithIva');
    fronteraPrice(1500);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith(1500);
  });

  test('leaves frontera without new properties', () => {
    fronteraPrice(1500);
    fronteraLine(['Concha', 1500]);
    makeFronteraPricer()(1500);
    expect(Object.keys(frontera).sort()).toEqual(['ivaRate', 'name']);
  });
});

describe('fronteraLine', () => {
  test("writes frontera's receipt line", () => {
    expect(fronteraLine(['Concha', 1500])).toBe('Tienda Frontera: Concha $16.20');
    expect(fronteraLine(['Café de olla', 3500])).toBe('Tienda Frontera: Café de olla $37.80');
  });

  test("borrows centro's receiptLine with the entry's two values", () => {
    const spy = jest.spyOn(centro, 'receiptLine');
    fronteraLine(['Concha', 1500]);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith('Concha', 1500);
  });
});

describe('makeFronteraPricer', () => {
  test('returns a function that works on its own and with map', () => {
    const pricer = makeFronteraPricer();
    expect(pricer(1500)).toBe(1620);
    expect([1500, 25000].map(pricer)).toEqual([1620, 27000]);
  });

  test('keeps frontera even when stored on another object', () => {
    const other = { ivaRate: 0.5, price: makeFronteraPricer() };
    expect(other.price(10000)).toBe(10800);
  });

  test("uses centro's method and follows frontera's current rate", () => {
    const spy = jest.spyOn(centro, 'priceWithIva');
    const pricer = makeFronteraPricer();
    frontera.ivaRate = 0.16;
    expect(pricer(10000)).toBe(11600);
    expect(spy).toHaveBeenCalledWith(10000);
  });
});
