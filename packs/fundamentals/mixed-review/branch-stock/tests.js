import { describe, test, expect } from '@jest/globals';
import { mergeStock } from './solution';

const monterrey = {
  branch: 'Monterrey',
  json: '{"SKU-014":{"name":"Comal de hierro","units":7},"SKU-002":{"name":"Tortillero","units":12}}',
};
const guadalajara = {
  branch: 'Guadalajara',
  json: '{"SKU-002":{"name":"Tortillero","units":5},"SKU-031":{"name":"Molcajete","units":0}}',
};

describe('mergeStock', () => {
  test('merges the example reports, sorted by SKU', () => {
    expect(mergeStock([monterrey, guadalajara])).toEqual([
      { sku: 'SKU-002', name: 'Tortillero', units: 17, branches: { Monterrey: 12, Guadalajara: 5 } },
      { sku: 'SKU-014', name: 'Comal de hierro', units: 7, branches: { Monterrey: 7 } },
      { sku: 'SKU-031', name: 'Molcajete', units: 0, branches: { Guadalajara: 0 } },
    ]);
  });

  test('returns an empty list when there are no reports', () => {
    expect(mergeStock([])).toEqual([]);
  });

  test('a branch with an empty stock adds nothing', () => {
    expect(mergeStock([{ branch: 'CDMX', json: '{}' }, guadalajara]).map((item) => item.sku)).toEqual(['SKU-002', 'SKU-031']);
  });

  test('names the branch that sent text that is not JSON', () => {
    const broken = { branch: 'CDMX', json: '{"SKU-002":{"name":"Tortillero","units":3' };
    expect(() => mergeStock([monterrey, broken])).toThrow(new Error('CDMX sent invalid data'));
  });

  test('rejects units that are not whole numbers of at least 0', () => {
    const negative = { branch: 'Monterrey', json: '{"SKU-002":{"name":"Tortillero","units":-1}}' };
    const text = { branch: 'Guadalajara', json: '{"SKU-002":{"name":"Tortillero","units":"5"}}' };
    expect(() => mergeStock([negative])).toThrow(new RangeError('Monterrey: invalid units for SKU-002'));
    expect(() => mergeStock([text])).toThrow('Guadalajara: invalid units for SKU-002');
    expect(() => mergeStock([text])).toThrow(RangeError);
  });

  test('rejects units with a fraction', () => {
    const half = { branch: 'CDMX', json: '{"SKU-014":{"name":"Comal de hierro","units":2.5}}' };
    expect(() => mergeStock([monterrey, half])).toThrow(new RangeError('CDMX: invalid units for SKU-014'));
  });

  test('does not mix up the branches of different products', () => {
    const result = mergeStock([guadalajara, monterrey]);
    expect(result[0].branches).toEqual({ Guadalajara: 5, Monterrey: 12 });
    expect(result[1].branches).toEqual({ Monterrey: 7 });
  });

  test('does not change the reports', () => {
    const copy = JSON.parse(JSON.stringify([monterrey, guadalajara]));
    mergeStock([monterrey, guadalajara]);
    expect([monterrey, guadalajara]).toEqual(copy);
  });
});
