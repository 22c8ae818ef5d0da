import { describe, test, expect } from '@jest/globals';
import { loadDashboard } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A fake API where every request takes 1 second. `broken` lists the requests that fail.
function makeApi(broken = []) {
  const api = { log: [] };
  function request(name, value) {
    api.log.push(name);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        if (broken.includes(name)) {
          reject(new Error(`${name} failed`));
        } else {
          resolve(value);
        }
      }, 1000);
    });
  }
  api.getUser = (id) => request('user', { id, name: 'Valeria Soto' });
  api.getOrders = () =>
    request('orders', [
      { id: 1, status: 'delivered' },
      { id: 2, status: 'on the way' },
      { id: 3, status: 'packing' },
    ]);
  api.getMessages = () =>
    request('messages', [
      { text: 'Your order shipped', read: false },
      { text: 'Welcome!', read: true },
    ]);
  return api;
}

describe('what already works', () => {
  test('shows the name, open orders and unread messages', async () => {
    await expect(loadDashboard(makeApi(), 5)).resolves.toMatchObject({
      name: 'Valeria Soto',
      openOrders: 2,
      unread: 1,
    });
  });

  test('fails when the user cannot be loaded', async () => {
    await expect(loadDashboard(makeApi(['user']), 5)).rejects.toThrow('user failed');
  });

  test('fails when the orders cannot be loaded', async () => {
    await expect(loadDashboard(makeApi(['orders']), 5)).rejects.toThrow('orders failed');
  });
});

describe('faster loading', () => {
  test('asks for the user first', async () => {
    const api = makeApi();
    const result = loadDashboard(api, 5);
    await sleep(500);
    expect(api.log).toEqual(['user']);
    await result;
  });

  test('asks for orders and messages at the same time', async () => {
    const api = makeApi();
    const result = loadDashboard(api, 5);
    await sleep(1500);
    expect(api.log.slice().sort()).toEqual(['messages', 'orders', 'user']);
    await result;
  });

  test('is ready after about 2 seconds instead of 3', async () => {
    let done = false;
    loadDashboard(makeApi(), 5).then(() => {
      done = true;
    });
    await sleep(2100);
    expect(done).toBe(true);
  });
});

describe('messages are optional', () => {
  test('a normal dashboard has no warnings', async () => {
    const dashboard = await loadDashboard(makeApi(), 5);
    expect(dashboard.warnings).toEqual([]);
  });

  test('shows the dashboard without messages when they fail', async () => {
    await expect(loadDashboard(makeApi(['messages']), 5)).resolves.toEqual({
      name: 'Valeria Soto',
      openOrders: 2,
      unread: null,
      warnings: ['Messages unavailable'],
    });
  });

  test('still fails when the orders fail, even if the messages work', async () => {
    await expect(loadDashboard(makeApi(['orders', 'messages']), 5)).rejects.toThrow('orders failed');
  });
});
