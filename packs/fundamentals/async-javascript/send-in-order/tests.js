import { describe, test, expect } from '@jest/globals';
import { sendAll } from './solution';

// A fake courier: it takes 1 second per order, refuses "Far away" addresses,
// and remembers what it saw.
function makeCourier() {
  const courier = { active: 0, maxActive: 0, seen: [] };
  courier.send = (order) => {
    courier.active++;
    courier.maxActive = Math.max(courier.maxActive, courier.active);
    courier.seen.push(order.id);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        courier.active--;
        if (order.address === "Far away") {
          reject(new Error("Outside our area"));
        } else {
          resolve(`R-${order.id}`);
        }
      }, 1000);
    });
  };
  return courier;
}

describe('sendAll', () => {
  test('returns one result per order, in order', async () => {
    const courier = makeCourier();
    const orders = [
      { id: 1, address: "Calle 8" },
      { id: 2, address: "Far away" },
      { id: 3, address: "Av. Juárez 450" },
    ];
    await expect(sendAll(orders, courier.send)).resolves.toEqual([
      { id: 1, ok: true, receipt: "R-1" },
      { id: 2, ok: false, error: "Outside our area" },
      { id: 3, ok: true, receipt: "R-3" },
    ]);
  });

  test('never sends two orders at the same time', async () => {
    const courier = makeCourier();
    const orders = [1, 2, 3, 4].map((id) => ({ id, address: "Calle " + id }));
    await sendAll(orders, courier.send);
    expect(courier.maxActive).toBe(1);
  });

  test('sends the orders in the order of the list', async () => {
    const courier = makeCourier();
    const orders = [{ id: 30, address: "A" }, { id: 10, address: "B" }, { id: 20, address: "C" }];
    await sendAll(orders, courier.send);
    expect(courier.seen).toEqual([30, 10, 20]);
  });

  test('returns an empty array and sends nothing for no orders', async () => {
    const courier = makeCourier();
    await expect(sendAll([], courier.send)).resolves.toEqual([]);
    expect(courier.seen).toEqual([]);
  });

  test('keeps going when every order is refused', async () => {
    const courier = makeCourier();
    const orders = [{ id: 1, address: "Far away" }, { id: 2, address: "Far away" }];
    await expect(sendAll(orders, courier.send)).resolves.toEqual([
      { id: 1, ok: false, error: "Outside our area" },
      { id: 2, ok: false, error: "Outside our area" },
    ]);
  });

  test('does not reject when an order is refused', async () => {
    const courier = makeCourier();
    const result = await sendAll([{ id: 5, address: "Far away" }], courier.send);
    expect(result[0].ok).toBe(false);
  });

  test('uses whatever receipt the courier gives', async () => {
    const send = (order) => Promise.resolve(`Ñ-${order.id}-OK`);
    await expect(sendAll([{ id: 0 }], send)).resolves.toEqual([{ id: 0, ok: true, receipt: "Ñ-0-OK" }]);
  });
});
