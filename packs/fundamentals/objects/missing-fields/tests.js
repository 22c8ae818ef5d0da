import { describe, test, expect } from '@jest/globals';
import { missingFields } from './solution';

describe('missingFields', () => {
  test('lists the required fields that are not in the form', () => {
    const form = { name: 'Ana', email: 'ana@mail.com', children: 0 };
    expect(missingFields(form, ['name', 'phone', 'email', 'city'])).toEqual(['phone', 'city']);
  });

  test('returns an empty array when everything is filled in', () => {
    expect(missingFields({ name: 'Li', phone: '555' }, ['name', 'phone'])).toEqual([]);
  });

  test('a field answered with zero is not missing', () => {
    expect(missingFields({ children: 0 }, ['children'])).toEqual([]);
  });

  test('a field answered with an empty string or false is not missing', () => {
    expect(missingFields({ notes: '', newsletter: false }, ['notes', 'newsletter'])).toEqual([]);
  });

  test('lists every required field when the form is empty', () => {
    expect(missingFields({}, ['name', 'email'])).toEqual(['name', 'email']);
  });

  test('nothing is missing when nothing is required', () => {
    expect(missingFields({}, [])).toEqual([]);
  });

  test('keeps the order of the required list', () => {
    expect(missingFields({ b: 1 }, ['c', 'b', 'a'])).toEqual(['c', 'a']);
  });

  test('works with field names that have accents', () => {
    expect(missingFields({ 'teléfono': '555' }, ['teléfono', 'dirección'])).toEqual(['dirección']);
  });

  test('a field named like a built-in method is missing when the form lacks it', () => {
    // Every object gets methods such as toString from JavaScript; they are not answers.
    expect(missingFields({ name: 'Ana' }, ['name', 'toString', 'constructor'])).toEqual([
      'toString',
      'constructor',
    ]);
  });

  test('a field called hasOwnProperty does not break the check', () => {
    expect(missingFields({ hasOwnProperty: 'yes', name: 'Ana' }, ['hasOwnProperty', 'name', 'rfc'])).toEqual([
      'rfc',
    ]);
  });
});
