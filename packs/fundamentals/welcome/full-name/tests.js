import { describe, test, expect } from '@jest/globals';
import { fullName } from './solution';

describe('fullName', () => {
  test('joins first and last name with one space', () => {
    expect(fullName('Ana', 'García')).toBe('Ana García');
  });

  test('removes spaces around both parts', () => {
    expect(fullName('  Ana ', ' García  ')).toBe('Ana García');
  });

  test('keeps accented and other non-English letters', () => {
    expect(fullName('José', 'Muñoz')).toBe('José Muñoz');
    expect(fullName('Zoë', 'Nguyễn')).toBe('Zoë Nguyễn');
  });

  test('keeps spaces inside a name', () => {
    expect(fullName('Mary Jane', 'Van Dyke')).toBe('Mary Jane Van Dyke');
  });

  test('removes tabs and line breaks around the parts', () => {
    expect(fullName('\tLuis', 'Pérez\n')).toBe('Luis Pérez');
  });

  test('does not change capital letters', () => {
    expect(fullName('ana', 'GARCÍA')).toBe('ana GARCÍA');
  });

  test('a single name has no trailing space', () => {
    expect(fullName('Cher', '')).toBe('Cher');
  });

  test('a last name of only spaces counts as empty', () => {
    expect(fullName(' Cher ', '   ')).toBe('Cher');
  });

  test('two empty parts give an empty string', () => {
    expect(fullName('', '')).toBe('');
    expect(fullName('', '')).toHaveLength(0);
  });
});
