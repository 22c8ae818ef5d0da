import { describe, test, expect } from '@jest/globals';
import { bestQuote } from './solution';

const ITEM = 'cemento gris 50 kg';

// A fake supplier that answers (or fails) after a delay, and a shared record of
// how many suppliers were being asked at the same time.
function makeMarket() {
  const market = { active: 0, maxActive: 0, asked: [] };
  market.supplier = (name, ms, price, failure) => ({
    name,
    quote(item) {
      market.asked.push({ name, item });
      market.active++;
      market.maxActive = Math.max(market.maxActive, market.active);
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          market.active--;
          if (failure) {
            reject(new Error(failure));
          } else {
            resolve(price);
          }
        }, ms);
      });
    },
  });
  return market;
}

describe('bestQuote', () => {
  test('the example from the instructions', async () => {
    const m = makeMarket();
    const suppliers = [
      m.supplier('Cementos del Bajío', 800, 21900),
      m.supplier('Materiales Tapatíos', 300, 20500),
      m.supplier('Distribuidora Jalisco', 5000, 19000),
      m.supplier('Ferremayoreo', 100, 0, 'Out of stock'),
    ];
    await expect(bestQuote(suppliers, ITEM, 2000)).resolves.toEqual({
      supplier: 'Materiales Tapatíos',
      centavos: 20500,
      missing: ['Distribuidora Jalisco', 'Ferremayoreo'],
    });
  });

  test('asks every supplier for the item, all at once', async () => {
    const m = makeMarket();
    const suppliers = [m.supplier('A', 1000, 300), m.supplier('B', 1000, 200), m.supplier('C', 1000, 100)];
    await bestQuote(suppliers, 'varilla 3/8', 1500);
    expect(m.maxActive).toBe(3);
    expect(m.asked).toEqual([
      { name: 'A', item: 'varilla 3/8' },
      { name: 'B', item: 'varilla 3/8' },
      { name: 'C', item: 'varilla 3/8' },
    ]);
  });

  test('picks the cheapest, and nobody is missing when all answer', async () => {
    const m = makeMarket();
    const suppliers = [m.supplier('A', 10, 25000), m.supplier('B', 20, 19999), m.supplier('C', 30, 20000)];
    await expect(bestQuote(suppliers, ITEM, 100)).resolves.toEqual({ supplier: 'B', centavos: 19999, missing: [] });
  });

  test('equal prices: the earlier supplier in the list wins', async () => {
    const m = makeMarket();
    const suppliers = [m.supplier('Lento', 900, 20000), m.supplier('Rápido', 100, 20000)];
    const result = await bestQuote(suppliers, ITEM, 1000);
    expect(result.supplier).toBe('Lento');
  });

  test('a supplier that never answers is missing, and the search still ends', async () => {
    const m = makeMarket();
    const never = { name: 'Silencio', quote: () => new Promise(() => {}) };
    await expect(bestQuote([never, m.supplier('A', 100, 18000)], ITEM, 3000)).resolves.toEqual({
      supplier: 'A',
      centavos: 18000,
      missing: ['Silencio'],
    });
  });

  test('rejects when nobody answered in time', async () => {
    const m = makeMarket();
    const suppliers = [m.supplier('A', 4000, 100), m.supplier('B', 50, 0, 'Server error')];
    await expect(bestQuote(suppliers, ITEM, 2000)).rejects.toThrow('No quotes for cemento gris 50 kg');
  });

  test('rejects when there are no suppliers', async () => {
    await expect(bestQuote([], 'loseta', 1000)).rejects.toThrow('No quotes for loseta');
  });
});
