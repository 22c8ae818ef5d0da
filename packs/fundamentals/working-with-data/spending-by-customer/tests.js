import { describe, test, expect } from '@jest/globals';
import { spendingByCustomer } from './solution';

describe('spendingByCustomer', () => {
  test('adds up the paid orders of each customer', () => {
    const orders = [
      { id: 101, customer: "Rosa", total: 30, status: "paid" },
      { id: 102, customer: "Iván", total: 12.5, status: "paid" },
      { id: 103, customer: "Rosa", total: 8, status: "canceled" },
      { id: 104, customer: "Rosa", total: 15, status: "paid" },
      { id: 105, total: 4, status: "paid" },
    ];
    expect(spendingByCustomer(orders)).toEqual({ Rosa: 45, "Iván": 12.5, guest: 4 });
  });

  test('returns an empty object when there are no orders', () => {
    expect(spendingByCustomer([])).toEqual({});
  });

  test('leaves out customers with no paid orders', () => {
    const orders = [
      { id: 1, customer: "Nelson", total: 20, status: "canceled" },
      { id: 2, customer: "Nelson", total: 5, status: "pending" },
    ];
    expect(spendingByCustomer(orders)).toEqual({});
  });

  test('puts orders without a customer under guest', () => {
    const orders = [
      { id: 1, customer: null, total: 3, status: "paid" },
      { id: 2, total: 7, status: "paid" },
    ];
    expect(spendingByCustomer(orders)).toEqual({ guest: 10 });
  });

  test('keeps a paid order with a total of 0', () => {
    const orders = [{ id: 1, customer: "Ñusta", total: 0, status: "paid" }];
    expect(spendingByCustomer(orders)).toEqual({ "Ñusta": 0 });
  });

  test('only counts the exact status paid', () => {
    const orders = [
      { id: 1, customer: "Ana", total: 10, status: "Paid" },
      { id: 2, customer: "Ana", total: 2, status: "paid" },
    ];
    expect(spendingByCustomer(orders)).toEqual({ Ana: 2 });
  });

  test('counts customers named like built-in object properties', () => {
    const orders = [
      { id: 1, customer: "constructor", total: 20, status: "paid" },
      { id: 2, customer: "toString", total: 5, status: "paid" },
      { id: 3, customer: "hasOwnProperty", total: 7, status: "paid" },
      { id: 4, customer: "constructor", total: 1, status: "paid" },
      { id: 5, customer: "valueOf", total: 2, status: "canceled" },
    ];
    const result = spendingByCustomer(orders);
    expect(Object.keys(result).sort()).toEqual(["constructor", "hasOwnProperty", "toString"]);
    expect(result.constructor).toBe(21);
    expect(result.toString).toBe(5);
    expect(result.hasOwnProperty).toBe(7);
    expect(Object.hasOwn(result, "valueOf")).toBe(false);
  });

  test('counts a customer named __proto__ as an ordinary key', () => {
    const orders = [
      { id: 1, customer: "__proto__", total: 12, status: "paid" },
      { id: 2, customer: "Rosa", total: 30, status: "paid" },
      { id: 3, customer: "__proto__", total: 3, status: "paid" },
    ];
    const result = spendingByCustomer(orders);
    expect(Object.keys(result).sort()).toEqual(["Rosa", "__proto__"]);
    expect(Object.hasOwn(result, "__proto__")).toBe(true);
    expect(result["__proto__"]).toBe(15);
    expect(result).toEqual({ ["__proto__"]: 15, Rosa: 30 });
  });

  test('does not change the orders', () => {
    const orders = [{ id: 1, customer: "Ana", total: 10, status: "paid" }];
    spendingByCustomer(orders);
    expect(orders).toEqual([{ id: 1, customer: "Ana", total: 10, status: "paid" }]);
  });
});
