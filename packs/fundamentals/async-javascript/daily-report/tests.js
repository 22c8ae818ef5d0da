import { describe, test, expect } from '@jest/globals';
import { fetchTotals, dailyReport } from './solution';

// A fake API: each order takes a while to arrive; later ids are faster.
function makeApi(orders) {
  return {
    calls: 0,
    getOrder(id) {
      this.calls++;
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (Object.hasOwn(orders, id)) {
            resolve({ id, total: orders[id] });
          } else {
            reject(new Error(`No order ${id}`));
          }
        }, 1000 - id);
      });
    },
  };
}

const orders = { 1: 45000, 2: 30000, 3: 50000 };

describe('fetchTotals', () => {
  test('gives the totals in the order of the ids', async () => {
    await expect(fetchTotals([1, 2, 3], makeApi(orders))).resolves.toEqual([45000, 30000, 50000]);
  });

  test('asks for every order', async () => {
    const api = makeApi(orders);
    await fetchTotals([3, 1], api);
    expect(api.calls).toBe(2);
  });

  test('gives an empty array for no ids', async () => {
    await expect(fetchTotals([], makeApi(orders))).resolves.toEqual([]);
  });

  test('rejects when an order cannot be loaded', async () => {
    await expect(fetchTotals([1, 9], makeApi(orders))).rejects.toThrow('No order 9');
  });
});

describe('dailyReport', () => {
  test('counts the orders and adds their totals', async () => {
    await expect(dailyReport([1, 2, 3], makeApi(orders))).resolves.toEqual({ orders: 3, sum: 125000 });
  });

  test('reports zero for a day without orders', async () => {
    await expect(dailyReport([], makeApi(orders))).resolves.toEqual({ orders: 0, sum: 0 });
  });

  test('rejects when an order cannot be loaded', async () => {
    await expect(dailyReport([2, 7], makeApi(orders))).rejects.toThrow('No order 7');
  });
});
