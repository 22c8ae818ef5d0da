import { describe, test, expect } from '@jest/globals';
import { cityOf, groupByCity, totalsByCity } from './solution';

const sales = [
  { id: 1, total: 45000, customer: { name: 'Ana', address: { city: 'Puebla', postalCode: '72000' } } },
  { id: 2, total: 12000, customer: { name: 'Luis' } },
  { id: 3, total: 30000, customer: { name: 'Sofía', address: { city: 'Tlaxcala' } } },
  { id: 4, total: 15000, customer: { name: 'Omar', address: { city: 'Puebla' } } },
  { id: 5, total: 8000, customer: { name: 'Eva', address: null } },
];

describe('cityOf', () => {
  test('reads the city of the address', () => {
    expect(cityOf(sales[0])).toBe('Puebla');
  });

  test('says "No address" when the customer has none', () => {
    expect(cityOf(sales[1])).toBe('No address');
    expect(cityOf(sales[4])).toBe('No address');
  });

  test('says "No address" when there is no customer at all', () => {
    expect(cityOf({ id: 9, total: 100 })).toBe('No address');
  });
});

describe('groupByCity', () => {
  test('keeps every sale of a city, in order', () => {
    const groups = groupByCity(sales);
    expect(groups.Puebla.map((sale) => sale.id)).toEqual([1, 4]);
    expect(groups.Tlaxcala.map((sale) => sale.id)).toEqual([3]);
    expect(groups['No address'].map((sale) => sale.id)).toEqual([2, 5]);
  });

  test('has one key per city', () => {
    expect(Object.keys(groupByCity(sales)).sort()).toEqual(['No address', 'Puebla', 'Tlaxcala']);
  });

  test('returns an empty object for no sales', () => {
    expect(groupByCity([])).toEqual({});
  });
});

describe('totalsByCity', () => {
  test('adds up the totals of each city', () => {
    expect(totalsByCity(sales)).toEqual({ Puebla: 60000, 'No address': 20000, Tlaxcala: 30000 });
  });

  test('does not change the sales', () => {
    const before = JSON.stringify(sales);
    totalsByCity(sales);
    expect(JSON.stringify(sales)).toBe(before);
  });
});
