import { describe, test, expect } from '@jest/globals';
import { makeContact } from './solution';

describe('makeContact', () => {
  test('builds a contact with name, phone and favorite', () => {
    expect(makeContact('Rosa Díaz', '555-0142')).toEqual({
      name: 'Rosa Díaz',
      phone: '555-0142',
      favorite: false,
    });
  });

  test('keeps the name exactly as given', () => {
    expect(makeContact('Ñandú Peña', '555-0100').name).toBe('Ñandú Peña');
  });

  test('keeps the phone exactly as given', () => {
    expect(makeContact('Kwame', '+34 600 123 456').phone).toBe('+34 600 123 456');
  });

  test('new contacts are not favorites', () => {
    expect(makeContact('Li', '555-0199').favorite).toBe(false);
  });

  test('has exactly three properties', () => {
    expect(Object.keys(makeContact('Li', '555-0199'))).toHaveLength(3);
  });

  test('works with empty strings', () => {
    expect(makeContact('', '')).toEqual({ name: '', phone: '', favorite: false });
  });

  test('returns a new object on every call', () => {
    const first = makeContact('Ana', '1');
    const second = makeContact('Ana', '1');
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
  });
});
