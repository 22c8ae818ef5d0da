import { describe, test, expect } from '@jest/globals';
import { syncOrders, syncMessage } from './solution';

// A fake head office: each answer takes 500 ms, folios count up from F-0107,
// and orders with a total of 0 or less are refused.
function makeOffice() {
  const office = { next: 107, active: 0, maxActive: 0, received: [] };
  office.send = (order) => {
    office.active++;
    office.maxActive = Math.max(office.maxActive, office.active);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        office.active--;
        if (order.total <= 0) {
          reject(new Error(`Order ${order.id} refused`));
          return;
        }
        office.received.push(order.id);
        resolve({ folio: `F-0${office.next++}` });
      }, 500);
    });
  };
  return office;
}

describe('syncOrders', () => {
  test('sends every order and collects the folios', async () => {
    const office = makeOffice();
    const result = await syncOrders([{ id: 1, total: 12000 }, { id: 2, total: 8500 }], office);
    expect(result).toEqual({ synced: ['F-0107', 'F-0108'], failed: [] });
  });

  test('sends one order at a time, in list order', async () => {
    const office = makeOffice();
    await syncOrders([{ id: 9, total: 100 }, { id: 4, total: 200 }, { id: 6, total: 300 }], office);
    expect(office.maxActive).toBe(1);
    expect(office.received).toEqual([9, 4, 6]);
  });

  test('a refused order is reported and the others go on', async () => {
    const office = makeOffice();
    const result = await syncOrders(
      [{ id: 1, total: 5000 }, { id: 2, total: 0 }, { id: 3, total: 7000 }],
      office,
    );
    expect(result).toEqual({ synced: ['F-0107', 'F-0108'], failed: [2] });
  });

  test('nothing to sync', async () => {
    await expect(syncOrders([], makeOffice())).resolves.toEqual({ synced: [], failed: [] });
  });
});

describe('syncMessage', () => {
  test('returns a promise of the cashier\'s line', async () => {
    const office = makeOffice();
    const message = syncMessage([{ id: 1, total: 100 }, { id: 2, total: -1 }, { id: 3, total: 50 }], office);
    expect(message).toBeInstanceOf(Promise);
    await expect(message).resolves.toBe('2 orders synced, 1 waiting');
  });

  test('with nothing to sync', async () => {
    await expect(syncMessage([], makeOffice())).resolves.toBe('0 orders synced, 0 waiting');
  });
});
