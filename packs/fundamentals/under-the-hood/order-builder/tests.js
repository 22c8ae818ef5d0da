import { describe, test, expect } from '@jest/globals';
import { totalCentavos, makeOrder, addItems } from './solution';

describe('totalCentavos', () => {
  test('adds up every argument', () => {
    expect(totalCentavos(4500, 3000, 1250)).toBe(8750);
    expect(totalCentavos(2500)).toBe(2500);
  });

  test('gives 0 with no arguments', () => {
    expect(totalCentavos()).toBe(0);
  });

  test('works with an array spread into the call', () => {
    const prices = [2500, 2500, 2500, 3000, 1800];
    expect(totalCentavos(...prices)).toBe(12300);
  });
});

describe('makeOrder', () => {
  test('collects every item after the customer', () => {
    expect(makeOrder('Lucía', 'taco al pastor', 'agua de horchata')).toEqual({
      customer: 'Lucía',
      items: ['taco al pastor', 'agua de horchata'],
      count: 2,
    });
  });

  test('an order without items has an empty array', () => {
    expect(makeOrder('Diego')).toEqual({ customer: 'Diego', items: [], count: 0 });
  });

  test('items is a real array', () => {
    const order = makeOrder('Lucía', 'gringa', 'tostada');
    expect(Array.isArray(order.items)).toBe(true);
    expect(order.items.map((item) => item.length)).toEqual([6, 7]);
  });
});

describe('addItems', () => {
  test('adds the new items at the end and updates the count', () => {
    const order = makeOrder('Lucía', 'taco al pastor');
    expect(addItems(order, 'quesadilla', 'taco de suadero')).toEqual({
      customer: 'Lucía',
      items: ['taco al pastor', 'quesadilla', 'taco de suadero'],
      count: 3,
    });
  });

  test('does not change the order it receives', () => {
    const order = makeOrder('Lucía', 'taco al pastor', 'agua de horchata');
    const bigger = addItems(order, 'quesadilla');
    expect(bigger).not.toBe(order);
    expect(bigger.items).not.toBe(order.items);
    expect(order).toEqual({ customer: 'Lucía', items: ['taco al pastor', 'agua de horchata'], count: 2 });
  });

  test('adding nothing gives an equal copy', () => {
    const order = makeOrder('Diego', 'tostada');
    const same = addItems(order);
    expect(same).toEqual(order);
    expect(same).not.toBe(order);
  });
});
