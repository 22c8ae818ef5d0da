import { describe, test, expect } from '@jest/globals';
import { paidTotal, customerList, pendingReminders } from './solution';

const makeOrders = () => [
  { id: 1041, customer: "Diego", amount: 125000, status: "paid", date: "2024-03-02" },
  { id: 1042, customer: "Bruno", amount: 48000, status: "pending", date: "2024-03-05" },
  { id: 1043, customer: "Diego", amount: 30000, status: "pending", date: "2024-03-01" },
  { id: 1044, customer: "Carmen", amount: 99000, status: "paid", date: "2024-03-07" },
  { id: 1045, customer: "Bruno", amount: 15000, status: "canceled", date: "2024-03-03" },
];

describe('the existing functions still work', () => {
  test('paidTotal adds up the paid orders only', () => {
    expect(paidTotal(makeOrders())).toBe(224000);
  });

  test('paidTotal is 0 without paid orders', () => {
    expect(paidTotal([])).toBe(0);
  });

  test('customerList sorts the names alphabetically', () => {
    const orders = [
      { id: 1, customer: "Carmen", amount: 100, status: "paid", date: "2024-01-01" },
      { id: 2, customer: "Ana", amount: 100, status: "paid", date: "2024-01-02" },
    ];
    expect(customerList(orders)).toEqual(["Ana", "Carmen"]);
  });
});

describe('customerList without repeats', () => {
  test('lists each customer once, in alphabetical order', () => {
    expect(customerList(makeOrders())).toEqual(["Bruno", "Carmen", "Diego"]);
  });

  test('removes repeats that are not next to each other', () => {
    const orders = [
      { id: 1, customer: "Eva", amount: 100, status: "paid", date: "2024-01-01" },
      { id: 2, customer: "Ana", amount: 100, status: "paid", date: "2024-01-02" },
      { id: 3, customer: "Eva", amount: 100, status: "paid", date: "2024-01-03" },
    ];
    expect(customerList(orders)).toEqual(["Ana", "Eva"]);
  });
});

describe('pendingReminders', () => {
  test('lists the pending orders, oldest first', () => {
    expect(pendingReminders(makeOrders())).toEqual([
      "#1043 Diego, pending since 2024-03-01",
      "#1042 Bruno, pending since 2024-03-05",
    ]);
  });

  test('returns an empty array when nothing is pending', () => {
    const orders = makeOrders().filter((order) => order.status !== "pending");
    expect(pendingReminders(orders)).toEqual([]);
  });

  test('orders dates across months correctly', () => {
    const orders = [
      { id: 7, customer: "Ana", amount: 100, status: "pending", date: "2024-11-20" },
      { id: 8, customer: "Eva", amount: 100, status: "pending", date: "2024-02-28" },
    ];
    expect(pendingReminders(orders)).toEqual([
      "#8 Eva, pending since 2024-02-28",
      "#7 Ana, pending since 2024-11-20",
    ]);
  });

  test('does not reorder or change the orders it receives', () => {
    const orders = makeOrders();
    pendingReminders(orders);
    expect(orders).toEqual(makeOrders());
  });
});
