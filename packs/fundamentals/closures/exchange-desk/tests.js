import { describe, test, expect } from '@jest/globals';
import { makeConverter, makeExchangeDesk } from './solution';

describe('makeConverter', () => {
  test('converts cents to centavos', () => {
    expect(makeConverter(1725)(10000)).toBe(172500);
  });

  test('rounds to the nearest centavo, halves up', () => {
    expect(makeConverter(1725)(1)).toBe(17);
    expect(makeConverter(1750)(3)).toBe(53);
  });
});

describe('makeExchangeDesk', () => {
  test('exchanges at the starting rate', () => {
    const desk = makeExchangeDesk(1725);
    expect(desk.exchange(10000)).toBe(172500);
  });

  test('uses the new rate after setRate', () => {
    const desk = makeExchangeDesk(1725);
    desk.exchange(10000);
    desk.setRate(1810);
    expect(desk.exchange(10000)).toBe(181000);
    expect(desk.exchange(2500)).toBe(45250);
  });

  test('records every exchange with the rate it used', () => {
    const desk = makeExchangeDesk(1725);
    desk.exchange(10000);
    desk.setRate(1810);
    desk.exchange(2000);
    expect(desk.history()).toEqual([
      { cents: 10000, rate: 1725, centavos: 172500 },
      { cents: 2000, rate: 1810, centavos: 36200 },
    ]);
  });

  test('changing the returned history does not change the records', () => {
    const desk = makeExchangeDesk(1725);
    desk.exchange(10000);
    const list = desk.history();
    list.push({ cents: 1, rate: 1, centavos: 999999 });
    list.length = 0;
    expect(desk.history()).toEqual([{ cents: 10000, rate: 1725, centavos: 172500 }]);
  });

  test('changing a returned entry does not change the records', () => {
    const desk = makeExchangeDesk(1725);
    desk.exchange(10000);
    desk.history()[0].centavos = 1;
    expect(desk.history()[0].centavos).toBe(172500);
  });

  test('two desks keep their own rates and records', () => {
    const airport = makeExchangeDesk(1650);
    const downtown = makeExchangeDesk(1725);
    airport.setRate(1600);
    airport.exchange(100);
    expect(downtown.exchange(100)).toBe(1725);
    expect(downtown.history()).toHaveLength(1);
  });

  test('keeps the rate private', () => {
    const desk = makeExchangeDesk(1725);
    expect(desk.rate).toBeUndefined();
  });
});
