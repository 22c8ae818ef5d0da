import { describe, test, expect } from '@jest/globals';
import { topWords } from './solution';

describe('topWords', () => {
  test('returns the most frequent words first', () => {
    expect(topWords('salsa bachata Salsa merengue salsa bachata', 2)).toEqual([
      ['salsa', 3],
      ['bachata', 2],
    ]);
  });

  test('breaks ties by first appearance', () => {
    expect(topWords('uno dos tres', 2)).toEqual([['uno', 1], ['dos', 1]]);
    expect(topWords('b a a b c', 3)).toEqual([['b', 2], ['a', 2], ['c', 1]]);
  });

  test('returns fewer pairs when there are fewer words', () => {
    expect(topWords('hola', 5)).toEqual([['hola', 1]]);
  });

  test('returns an empty array for empty text', () => {
    expect(topWords('', 3)).toEqual([]);
    expect(topWords('   ', 3)).toEqual([]);
  });

  test('returns an empty array when n is 0', () => {
    expect(topWords('gol gol gol', 0)).toEqual([]);
  });

  test('ignores extra spaces', () => {
    expect(topWords('  café   con  café ', 1)).toEqual([['café', 2]]);
  });

  test('lowercases words with accents and ñ', () => {
    expect(topWords('Año año AÑO nuevo', 2)).toEqual([['año', 3], ['nuevo', 1]]);
  });

  test('can return every word', () => {
    expect(topWords('sol luna sol', 10)).toEqual([['sol', 2], ['luna', 1]]);
  });
});
