import { describe, test, expect } from '@jest/globals';
import { responseText } from './response.js';
import { parseOrders, countByStatus, markShipped } from './solution';

describe('what already works', () => {
  test('parses the API answer into records', () => {
    expect(parseOrders(responseText)).toEqual([
      { id: 'ORD-101', buyer: 'Megan Lee', state: 'TX', cents: 4599, status: 'paid', tracking: null },
      { id: 'ORD-102', buyer: 'Carlos Ruiz', state: 'CA', cents: 12000, status: 'paid', tracking: null },
      { id: 'ORD-103', buyer: 'Dana Smith', state: 'unknown', cents: 899, status: 'shipped', tracking: '1Z999' },
    ]);
  });

  test('counts the orders by status', () => {
    expect(countByStatus(parseOrders(responseText))).toEqual({ paid: 2, shipped: 1 });
  });

  test('counts any status the API sends, even one named like a built-in', () => {
    const orders = [{ status: 'paid' }, { status: 'constructor' }, { status: 'toString' }, { status: 'constructor' }];
    expect(countByStatus(orders)).toEqual({ paid: 1, constructor: 2, toString: 1 });
  });
});

describe('markShipped', () => {
  test('marks the order as shipped with its tracking code', () => {
    const updated = markShipped(parseOrders(responseText), 'ORD-102', '1Z777');
    expect(updated[1]).toEqual({
      id: 'ORD-102', buyer: 'Carlos Ruiz', state: 'CA', cents: 12000, status: 'shipped', tracking: '1Z777',
    });
  });

  test('leaves the other orders alone', () => {
    const updated = markShipped(parseOrders(responseText), 'ORD-102', '1Z777');
    expect(updated[0].status).toBe('paid');
    expect(updated[2].tracking).toBe('1Z999');
    expect(countByStatus(updated)).toEqual({ paid: 1, shipped: 2 });
  });

  test('does not change the original list or its orders', () => {
    const orders = parseOrders(responseText);
    const before = JSON.stringify(orders);
    const updated = markShipped(orders, 'ORD-101', '1Z555');
    expect(JSON.stringify(orders)).toBe(before);
    expect(updated).not.toBe(orders);
    expect(updated[0]).not.toBe(orders[0]);
  });

  test('returns an equal list for an unknown id', () => {
    const orders = parseOrders(responseText);
    const updated = markShipped(orders, 'ORD-999', '1Z000');
    expect(updated).toEqual(orders);
    expect(updated).not.toBe(orders);
  });

  test('works on an empty list', () => {
    expect(markShipped([], 'ORD-101', '1Z555')).toEqual([]);
  });

  test('the result survives a JSON round trip', () => {
    const updated = markShipped(parseOrders(responseText), 'ORD-101', '1Z555');
    expect(JSON.parse(JSON.stringify(updated))).toEqual(updated);
  });
});
