import { describe, test, expect } from '@jest/globals';
import { deepEqual } from './solution';

function settings() {
  return {
    currency: 'MXN',
    taxes: { iva: 16, ieps: null },
    printers: ['caja', 'cocina'],
    branches: [{ city: 'Mérida', open: true }, { city: 'Ciudad de México', open: false }],
  };
}

describe('deepEqual', () => {
  test('compares text, numbers, booleans and null with ===', () => {
    expect(deepEqual('MXN', 'MXN')).toBe(true);
    expect(deepEqual(16, 16)).toBe(true);
    expect(deepEqual(true, true)).toBe(true);
    expect(deepEqual(null, null)).toBe(true);
    expect(deepEqual(1, '1')).toBe(false);
    expect(deepEqual(0, false)).toBe(false);
    expect(deepEqual('', null)).toBe(false);
  });

  test('two copies of the same nested settings are equal', () => {
    expect(deepEqual(settings(), settings())).toBe(true);
  });

  test('the order of keys does not matter', () => {
    const a = { currency: 'MXN', taxes: { iva: 16, ieps: 8 } };
    const b = { taxes: { ieps: 8, iva: 16 }, currency: 'MXN' };
    expect(deepEqual(a, b)).toBe(true);
  });

  test('finds a change deep inside', () => {
    const edited = settings();
    edited.branches[1].open = true;
    expect(deepEqual(settings(), edited)).toBe(false);
    const retaxed = settings();
    retaxed.taxes.iva = '16';
    expect(deepEqual(settings(), retaxed)).toBe(false);
  });

  test('arrays must have the same items in the same order', () => {
    expect(deepEqual(['caja', 'cocina'], ['cocina', 'caja'])).toBe(false);
    expect(deepEqual(['caja'], ['caja', 'cocina'])).toBe(false);
    expect(deepEqual(['caja', 'cocina'], ['caja'])).toBe(false);
    expect(deepEqual([], [])).toBe(true);
  });

  test('an extra, missing or undefined key makes objects different', () => {
    expect(deepEqual({ iva: 16 }, { iva: 16, ieps: 8 })).toBe(false);
    expect(deepEqual({ iva: 16, ieps: 8 }, { iva: 16 })).toBe(false);
    expect(deepEqual({ tip: undefined }, {})).toBe(false);
    expect(deepEqual({}, { tip: undefined })).toBe(false);
    expect(deepEqual({ a: 1, tip: undefined }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual({}, {})).toBe(true);
  });

  test('arrays, objects and null are different kinds', () => {
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({}, null)).toBe(false);
    expect(deepEqual({ 0: 'caja' }, ['caja'])).toBe(false);
    expect(deepEqual('caja', ['caja'])).toBe(false);
  });

  test('does not change the values it compares', () => {
    const a = settings();
    const b = settings();
    b.printers.push('barra');
    deepEqual(a, b);
    expect(a).toEqual(settings());
    expect(b.printers).toEqual(['caja', 'cocina', 'barra']);
  });
});
