import { describe, test, expect } from '@jest/globals';
import { orderTotal, withPoints } from './solution';

const menu = { concha: 1800, "café americano": 3500, "pan de elote": 4200 };

const makeOrder = () => ({
  id: 512,
  customer: { name: "Lucía", points: 40 },
  items: { concha: 3, "café americano": 2 },
});

describe('orderTotal', () => {
  test('adds up price times quantity for each item', () => {
    expect(orderTotal(makeOrder(), menu)).toBe(12400);
  });

  test('works for a single item', () => {
    const order = { id: 1, customer: { name: "Beto", points: 0 }, items: { "pan de elote": 1 } };
    expect(orderTotal(order, menu)).toBe(4200);
  });

  test('an order without items costs 0', () => {
    const order = { id: 2, customer: { name: "Beto", points: 0 }, items: {} };
    expect(orderTotal(order, menu)).toBe(0);
  });
});

describe('withPoints', () => {
  test('adds one point per full $10.00', () => {
    expect(withPoints(makeOrder(), menu).customer.points).toBe(52);
  });

  test('does not give points for part of $10.00', () => {
    const order = { id: 3, customer: { name: "Beto", points: 5 }, items: { concha: 1 } };
    expect(withPoints(order, menu).customer.points).toBe(6);
  });

  test('keeps the rest of the order', () => {
    const updated = withPoints(makeOrder(), menu);
    expect(updated.id).toBe(512);
    expect(updated.customer.name).toBe("Lucía");
    expect(updated.items).toEqual({ concha: 3, "café americano": 2 });
  });

  test('does not change the original order, not even its customer', () => {
    const order = makeOrder();
    withPoints(order, menu);
    expect(order).toEqual(makeOrder());
    expect(order.customer.points).toBe(40);
  });

  test('returns a new customer object', () => {
    const order = makeOrder();
    expect(withPoints(order, menu).customer).not.toBe(order.customer);
  });
});
