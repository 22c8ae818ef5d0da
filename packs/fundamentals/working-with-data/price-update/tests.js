import { describe, test, expect } from '@jest/globals';
import { finalPrice, withNewPrice } from './solution';

function makeMenu() {
  return {
    restaurant: 'La Fonda',
    items: [
      { id: 't1', name: 'Tacos de canasta', price: 6500, discount: 10 },
      { id: 'a1', name: 'Agua de jamaica', price: 3000, discount: 0 },
      { id: 'p1', name: 'Pozole', price: 14500 },
    ],
  };
}

describe('finalPrice', () => {
  test('applies the item discount', () => {
    expect(finalPrice({ price: 6500, discount: 10 })).toBe(5850);
  });

  test('a discount of 0 means the full price', () => {
    expect(finalPrice({ price: 3000, discount: 0 })).toBe(3000);
  });

  test('uses the default 5% when there is no discount', () => {
    expect(finalPrice({ price: 14500 })).toBe(13775);
    expect(finalPrice({ price: 14500, discount: null })).toBe(13775);
  });

  test('rounds the discount to the nearest centavo, halves up', () => {
    expect(finalPrice({ price: 3250 })).toBe(3087);
  });
});

describe('withNewPrice', () => {
  test('returns a menu with the new price', () => {
    const updated = withNewPrice(makeMenu(), 't1', 7000);
    expect(updated.items[0]).toEqual({ id: 't1', name: 'Tacos de canasta', price: 7000, discount: 10 });
    expect(updated.restaurant).toBe('La Fonda');
  });

  test('does not change the original menu', () => {
    const menu = makeMenu();
    withNewPrice(menu, 't1', 7000);
    expect(menu).toEqual(makeMenu());
  });

  test('returns new objects, not the original ones', () => {
    const menu = makeMenu();
    const updated = withNewPrice(menu, 'p1', 15000);
    expect(updated).not.toBe(menu);
    expect(updated.items).not.toBe(menu.items);
    expect(updated.items[2]).not.toBe(menu.items[2]);
  });

  test('leaves the other items as they are', () => {
    const updated = withNewPrice(makeMenu(), 'a1', 3500);
    expect(updated.items.map((item) => item.price)).toEqual([6500, 3500, 14500]);
  });

  test('changes nothing for an unknown id', () => {
    const menu = makeMenu();
    expect(withNewPrice(menu, 'zz', 1)).toEqual(makeMenu());
  });
});
