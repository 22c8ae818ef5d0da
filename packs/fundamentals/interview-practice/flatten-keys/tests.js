import { describe, test, expect } from '@jest/globals';
import { flattenKeys } from './solution';

describe('flattenKeys', () => {
  test('flattens the example settings', () => {
    expect(flattenKeys({
      store: { city: 'Monterrey', postalCode: '64000', hours: { open: 8, close: 22 } },
      delivery: true,
      zones: ['centro', 'san pedro'],
    })).toEqual({
      'store.city': 'Monterrey',
      'store.postalCode': '64000',
      'store.hours.open': 8,
      'store.hours.close': 22,
      delivery: true,
      zones: ['centro', 'san pedro'],
    });
  });

  test('an empty object gives an empty object', () => {
    expect(flattenKeys({})).toEqual({});
  });

  test('a flat object stays the same', () => {
    expect(flattenKeys({ a: 1, b: 'dos', c: false })).toEqual({ a: 1, b: 'dos', c: false });
  });

  test('follows deep nesting', () => {
    expect(flattenKeys({ a: { b: { c: { d: { e: 'fondo' } } } } })).toEqual({ 'a.b.c.d.e': 'fondo' });
  });

  test('keeps arrays and null as values', () => {
    expect(flattenKeys({ tags: [], promo: null, nested: { list: [1, 2] } })).toEqual({
      tags: [], promo: null, 'nested.list': [1, 2],
    });
  });

  test('an empty nested object produces no keys', () => {
    expect(flattenKeys({ a: {}, b: { c: {} }, d: 0 })).toEqual({ d: 0 });
  });

  test('keeps falsy values', () => {
    expect(flattenKeys({ x: { zero: 0, empty: '', no: false } })).toEqual({ 'x.zero': 0, 'x.empty': '', 'x.no': false });
  });

  test('does not change the object it receives', () => {
    const settings = { store: { hours: { open: 8 } } };
    flattenKeys(settings);
    expect(settings).toEqual({ store: { hours: { open: 8 } } });
  });
});
