import { describe, test, expect } from '@jest/globals';
import { orderTotal, countUnits, itemList } from './solution';

const order = [
  { name: 'Tamal verde', qty: 3, price: 2800 },
  { name: 'Champurrado', qty: 2, price: 3500 },
];

describe('orderTotal', () => {
  test('adds up every line', () => {
    expect(orderTotal(order)).toBe(15400);
  });

  test('works for one line', () => {
    expect(orderTotal([{ name: 'Tamal de rajas', qty: 1, price: 3000 }])).toBe(3000);
  });

  test('is 0 for an empty order', () => {
    expect(orderTotal([])).toBe(0);
  });

  test('counts the last line too', () => {
    const big = [
      { name: 'A', qty: 1, price: 100 },
      { name: 'B', qty: 1, price: 10 },
      { name: 'C', qty: 1, price: 1 },
    ];
    expect(orderTotal(big)).toBe(111);
  });
});

describe('countUnits', () => {
  test('adds up the quantities', () => {
    expect(countUnits(order)).toBe(5);
  });

  test('is 0 for an empty order', () => {
    expect(countUnits([])).toBe(0);
  });

  test('returns a number for a single line', () => {
    expect(countUnits([{ name: 'Tamal verde', qty: 3, price: 2800 }])).toBe(3);
  });
});

describe('itemList', () => {
  test('joins the names', () => {
    expect(itemList(order)).toBe('Tamal verde, Champurrado');
    expect(itemList([])).toBe('');
  });
});

describe('all of them', () => {
  test('leave the order unchanged', () => {
    const copy = order.map((line) => ({ ...line }));
    orderTotal(order);
    countUnits(order);
    itemList(order);
    expect(order).toEqual(copy);
  });

  test('handle a long order without crashing', () => {
    const long = [];
    for (let i = 0; i < 300; i++) {
      long.push({ name: 'Tamal', qty: 1, price: 2800 });
    }
    expect(orderTotal(long)).toBe(840000);
    expect(countUnits(long)).toBe(300);
  });
});
