import { describe, test, expect } from '@jest/globals';
import { updateOrder } from './solution';

function makeOrder() {
  return {
    id: 7,
    status: "new",
    address: { street: "Calle Hidalgo 12", city: "Monterrey" },
    items: ["tea", "bread"],
  };
}

describe('updateOrder', () => {
  test('applies normal fields, address changes and new items', () => {
    const result = updateOrder(makeOrder(), {
      status: "sent",
      address: { city: "Guadalajara" },
      addItems: ["cocoa"],
    });
    expect(result).toEqual({
      id: 7,
      status: "sent",
      address: { street: "Calle Hidalgo 12", city: "Guadalajara" },
      items: ["tea", "bread", "cocoa"],
    });
  });

  test('returns an equal copy when there are no changes', () => {
    const order = makeOrder();
    const result = updateOrder(order, {});
    expect(result).toEqual(makeOrder());
    expect(result).not.toBe(order);
  });

  test('adds new fields', () => {
    const result = updateOrder(makeOrder(), { note: "Ring twice" });
    expect(result.note).toBe("Ring twice");
    expect(result.status).toBe("new");
  });

  test('does not include addItems in the result', () => {
    const result = updateOrder(makeOrder(), { addItems: ["jam"] });
    expect(result).not.toHaveProperty("addItems");
  });

  test('never changes the id', () => {
    expect(updateOrder(makeOrder(), { id: 99, status: "paid" }).id).toBe(7);
  });

  test('does not change the original order', () => {
    const order = makeOrder();
    updateOrder(order, { status: "sent", address: { city: "Guadalajara" }, addItems: ["cocoa"] });
    expect(order).toEqual(makeOrder());
  });

  test('gives the result its own address and items', () => {
    const order = makeOrder();
    const result = updateOrder(order, {});
    result.address.city = "Puebla";
    result.items.push("jam");
    expect(order.address.city).toBe("Monterrey");
    expect(order.items).toEqual(["tea", "bread"]);
  });

  test('keeps accents in new values', () => {
    const result = updateOrder(makeOrder(), { address: { street: "Av. Juárez 450" } });
    expect(result.address).toEqual({ street: "Av. Juárez 450", city: "Monterrey" });
  });
});
