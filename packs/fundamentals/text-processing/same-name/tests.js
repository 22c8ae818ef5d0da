import { describe, test, expect } from '@jest/globals';
import { sameName } from './solution';

describe('sameName', () => {
  test('ignores case, accents and extra spaces', () => {
    expect(sameName('José  Pérez', ' jose perez')).toBe(true);
  });

  test('treats ñ as n', () => {
    expect(sameName('MUÑOZ', 'Munoz')).toBe(true);
  });

  test('says no to a longer name', () => {
    expect(sameName('Ana', 'Ana María')).toBe(false);
  });

  test('says no when one letter is different', () => {
    expect(sameName('Luis', 'Luisa')).toBe(false);
  });

  test('matches both ways of storing an accent', () => {
    expect(sameName('Jos\u00e9', 'Jose\u0301')).toBe(true);
  });

  test('treats two blank names as the same', () => {
    expect(sameName('', '   ')).toBe(true);
  });

  test('does not join words that are separate', () => {
    expect(sameName('Ana Maria', 'AnaMaria')).toBe(false);
  });

  test('gives true for identical names', () => {
    expect(sameName('Sofía Ramírez', 'Sofía Ramírez')).toBe(true);
  });
});
