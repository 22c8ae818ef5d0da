import { describe, test, expect } from '@jest/globals';
import { firstUnique } from './solution';

describe('firstUnique', () => {
  test('finds the first character that appears once', () => {
    expect(firstUnique('hola hola mundo')).toBe('m');
    expect(firstUnique('abcab')).toBe('c');
  });

  test('returns null for an empty text or only spaces', () => {
    expect(firstUnique('')).toBeNull();
    expect(firstUnique('   ')).toBeNull();
  });

  test('returns null when every character repeats', () => {
    expect(firstUnique('aabbcc')).toBeNull();
  });

  test('ignores capitals when counting', () => {
    expect(firstUnique('Ana ama')).toBe('n');
    expect(firstUnique('aAbB')).toBeNull();
  });

  test('returns the character as it is written', () => {
    expect(firstUnique('Zapopan')).toBe('Z');
    expect(firstUnique('aaB')).toBe('B');
  });

  test('a character repeated at the very end is not unique', () => {
    expect(firstUnique('xyzx')).toBe('y');
    expect(firstUnique('solos')).toBe('l');
  });

  test('treats accented letters as their own characters', () => {
    expect(firstUnique('café cafe')).toBe('é');
  });

  test('a single character is unique', () => {
    expect(firstUnique('q')).toBe('q');
  });
});
