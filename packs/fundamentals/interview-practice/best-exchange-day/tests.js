import { describe, test, expect } from '@jest/globals';
import { bestTrade } from './solution';

describe('bestTrade', () => {
  test('finds the best trade of the example', () => {
    expect(bestTrade([1760, 1725, 1748, 1719, 1770, 1752]))
      .toEqual({ buyDay: 3, sellDay: 4, gainCentavos: 51 });
  });

  test('the last day can be the best day to sell', () => {
    expect(bestTrade([1750, 1780])).toEqual({ buyDay: 0, sellDay: 1, gainCentavos: 30 });
    expect(bestTrade([1740, 1735, 1760, 1790])).toEqual({ buyDay: 1, sellDay: 3, gainCentavos: 55 });
  });

  test('the lowest rate is not always the best day to buy', () => {
    // buying at 1700 and selling at 1790 beats buying at 1690 on the last day
    expect(bestTrade([1700, 1790, 1690])).toEqual({ buyDay: 0, sellDay: 1, gainCentavos: 90 });
  });

  test('returns null when the rate never goes up', () => {
    expect(bestTrade([1790, 1780, 1775])).toBeNull();
    expect(bestTrade([1750, 1750, 1750])).toBeNull();
  });

  test('returns null with fewer than two days', () => {
    expect(bestTrade([])).toBeNull();
    expect(bestTrade([1725])).toBeNull();
  });

  test('ties go to the earliest sell day', () => {
    expect(bestTrade([1700, 1730, 1700, 1730])).toEqual({ buyDay: 0, sellDay: 1, gainCentavos: 30 });
    expect(bestTrade([1700, 1740, 1690, 1730])).toEqual({ buyDay: 0, sellDay: 1, gainCentavos: 40 });
  });

  test('for that sell day, ties go to the earliest buy day', () => {
    expect(bestTrade([1710, 1710, 1760])).toEqual({ buyDay: 0, sellDay: 2, gainCentavos: 50 });
  });

  test('does not change the rates', () => {
    const rates = [1760, 1725, 1748];
    bestTrade(rates);
    expect(rates).toEqual([1760, 1725, 1748]);
  });
});
