import { describe, test, expect } from '@jest/globals';
import { ShoppingList } from './solution';

describe('ShoppingList', () => {
  test('a new list is empty', () => {
    const list = new ShoppingList();
    expect(list.items).toEqual([]);
    expect(list.count).toBe(0);
    expect(list.isEmpty).toBe(true);
    expect(list.toString()).toBe('');
  });

  test('adds items in order', () => {
    const list = new ShoppingList();
    expect(list.add('rice')).toBe(true);
    expect(list.add('beans')).toBe(true);
    expect(list.items).toEqual(['rice', 'beans']);
    expect(list.isEmpty).toBe(false);
  });

  test('does not add the same item twice', () => {
    const list = new ShoppingList();
    list.add('rice');
    expect(list.add('rice')).toBe(false);
    expect(list.count).toBe(1);
  });

  test('treats capitals and accents as different items', () => {
    const list = new ShoppingList();
    list.add('Rice');
    list.add('rice');
    list.add('piña');
    list.add('pina');
    expect(list.count).toBe(4);
  });

  test('removes an item that is there', () => {
    const list = new ShoppingList();
    list.add('rice');
    list.add('beans');
    list.add('plantains');
    expect(list.remove('beans')).toBe(true);
    expect(list.items).toEqual(['rice', 'plantains']);
  });

  test('reports false when removing a missing item', () => {
    const list = new ShoppingList();
    list.add('rice');
    expect(list.remove('milk')).toBe(false);
    expect(list.count).toBe(1);
  });

  test('has tells whether an item is on the list', () => {
    const list = new ShoppingList();
    list.add('ñame');
    expect(list.has('ñame')).toBe(true);
    expect(list.has('yuca')).toBe(false);
  });

  test('toString joins the items with a comma and a space', () => {
    const list = new ShoppingList();
    list.add('rice');
    list.add('beans');
    list.add('plantains');
    expect(list.toString()).toBe('rice, beans, plantains');
  });

  test('two lists are independent', () => {
    const home = new ShoppingList();
    const office = new ShoppingList();
    home.add('milk');
    expect(office.isEmpty).toBe(true);
  });
});
