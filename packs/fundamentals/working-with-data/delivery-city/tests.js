import { describe, test, expect } from '@jest/globals';
import { deliveryCity } from './solution';

describe('deliveryCity', () => {
  test('returns the city of a full order', () => {
    const order = { id: 1, customer: { name: "Lía", address: { city: "Querétaro" } } };
    expect(deliveryCity(order)).toBe("Querétaro");
  });

  test('handles a customer without an address', () => {
    expect(deliveryCity({ id: 2, customer: { name: "Beto" } })).toBe("Pick up in store");
  });

  test('handles an order without a customer', () => {
    expect(deliveryCity({ id: 3 })).toBe("Pick up in store");
  });

  test('handles an address without a city', () => {
    const order = { id: 4, customer: { name: "Ana", address: { street: "Calle 8" } } };
    expect(deliveryCity(order)).toBe("Pick up in store");
  });

  test('treats null like a missing value', () => {
    expect(deliveryCity({ id: 5, customer: null })).toBe("Pick up in store");
    expect(deliveryCity({ id: 6, customer: { address: null } })).toBe("Pick up in store");
    expect(deliveryCity({ id: 7, customer: { address: { city: null } } })).toBe("Pick up in store");
  });

  test('keeps an empty city as it is', () => {
    expect(deliveryCity({ id: 8, customer: { address: { city: "" } } })).toBe("");
  });

  test('keeps accents and ñ', () => {
    const order = { id: 9, customer: { address: { city: "Peñón de los Baños" } } };
    expect(deliveryCity(order)).toBe("Peñón de los Baños");
  });
});
