import { describe, test, expect } from '@jest/globals';
import { syncStock } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A fake online store: each update takes 100 ms; unknown SKUs are refused.
function fakeStore(knownSkus) {
  const store = { saved: [], running: 0, maxRunning: 0 };
  store.updateStock = async (sku, units) => {
    store.running++;
    store.maxRunning = Math.max(store.maxRunning, store.running);
    await sleep(100);
    store.running--;
    if (!knownSkus.includes(sku)) throw new Error(`Unknown SKU "${sku}"`);
    store.saved.push([sku, units]);
  };
  return store;
}

function products() {
  return [
    { sku: 'BAR-01', units: 12, reserved: 2 },
    { sku: 'ALE-07', units: 5, reserved: 0 },
    { sku: 'TAP-03', units: 3, reserved: 1 },
  ];
}

describe('syncStock', () => {
  test('reports the updated and the failed products', async () => {
    const store = fakeStore(['BAR-01', 'TAP-03']);
    await expect(syncStock(products(), store)).resolves.toEqual({
      updated: ['BAR-01', 'TAP-03'],
      failed: [{ sku: 'ALE-07', reason: 'Unknown SKU "ALE-07"' }],
    });
  });

  test('sends units minus reserved', async () => {
    const store = fakeStore(['BAR-01', 'ALE-07', 'TAP-03']);
    await syncStock(products(), store);
    expect(store.saved).toEqual([['BAR-01', 10], ['ALE-07', 5], ['TAP-03', 2]]);
  });

  test('never sends less than 0 units', async () => {
    const store = fakeStore(['BAR-01']);
    await syncStock([{ sku: 'BAR-01', units: 2, reserved: 5 }], store);
    expect(store.saved).toEqual([['BAR-01', 0]]);
  });

  test('sends one update at a time, in order', async () => {
    const store = fakeStore(['BAR-01', 'ALE-07', 'TAP-03']);
    await syncStock(products(), store);
    expect(store.maxRunning).toBe(1);
    expect(store.saved.map(([sku]) => sku)).toEqual(['BAR-01', 'ALE-07', 'TAP-03']);
  });

  test('finishes only when every update has been answered', async () => {
    const store = fakeStore(['BAR-01', 'ALE-07', 'TAP-03']);
    const report = await syncStock(products(), store);
    expect(store.saved).toHaveLength(3);
    expect(report.updated).toHaveLength(3);
  });

  test('a failure does not stop the products after it', async () => {
    const store = fakeStore(['TAP-03']);
    const report = await syncStock(products(), store);
    expect(report.failed.map((f) => f.sku)).toEqual(['BAR-01', 'ALE-07']);
    expect(report.updated).toEqual(['TAP-03']);
  });

  test('does not change the products', async () => {
    const list = products();
    await syncStock(list, fakeStore(['BAR-01', 'ALE-07', 'TAP-03']));
    expect(list).toEqual(products());
  });

  test('an empty list gives an empty report', async () => {
    await expect(syncStock([], fakeStore([]))).resolves.toEqual({ updated: [], failed: [] });
  });
});
