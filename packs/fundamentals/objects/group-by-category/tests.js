import { describe, test, expect } from '@jest/globals';
import { groupByCategory } from './solution';

function sampleProducts() {
  return [
    { name: 'Mango', category: 'fruit', stock: 12 },
    { name: 'Orange juice', category: 'drinks', stock: 3 },
    { name: 'Papaya', category: 'fruit', stock: 0 },
    { name: 'Banana', category: 'fruit', stock: 40 },
    { name: 'Horchata', category: 'drinks', stock: 5 },
  ];
}

describe('groupByCategory', () => {
  test('groups product names by category', () => {
    expect(groupByCategory(sampleProducts())).toEqual({
      fruit: ['Mango', 'Banana'],
      drinks: ['Orange juice', 'Horchata'],
    });
  });

  test('leaves out products with no stock', () => {
    expect(groupByCategory(sampleProducts()).fruit).not.toContain('Papaya');
  });

  test('leaves out a category whose products are all sold out', () => {
    const products = [
      { name: 'Bread', category: 'bakery', stock: 0 },
      { name: 'Rice', category: 'grains', stock: 2 },
    ];
    const groups = groupByCategory(products);
    expect(groups).toEqual({ grains: ['Rice'] });
    expect('bakery' in groups).toBe(false);
  });

  test('treats negative stock as sold out', () => {
    expect(groupByCategory([{ name: 'Salt', category: 'pantry', stock: -1 }])).toEqual({});
  });

  test('returns an empty object for an empty array', () => {
    expect(groupByCategory([])).toEqual({});
  });

  test('keeps the original order inside each category', () => {
    const products = [
      { name: 'Zanahoria', category: 'veg', stock: 1 },
      { name: 'Ajo', category: 'veg', stock: 1 },
      { name: 'Ñame', category: 'veg', stock: 1 },
    ];
    expect(groupByCategory(products)).toEqual({ veg: ['Zanahoria', 'Ajo', 'Ñame'] });
  });

  test('works with a single product', () => {
    expect(groupByCategory([{ name: 'Té', category: 'drinks', stock: 1 }])).toEqual({
      drinks: ['Té'],
    });
  });

  test('works with any category name, even one that objects have built in', () => {
    const products = [
      { name: 'Switch', category: 'constructor', stock: 2 },
      { name: 'Lamp', category: 'toString', stock: 1 },
      { name: 'Tape', category: 'constructor', stock: 5 },
    ];
    expect(groupByCategory(products)).toEqual({ constructor: ['Switch', 'Tape'], toString: ['Lamp'] });
  });

  test('does not change the products it receives', () => {
    const products = sampleProducts();
    const before = JSON.stringify(products);
    groupByCategory(products);
    expect(JSON.stringify(products)).toBe(before);
  });
});
