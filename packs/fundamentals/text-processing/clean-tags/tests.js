import { describe, test, expect } from '@jest/globals';
import { cleanTags } from './solution';

describe('cleanTags', () => {
  test('trims, lowercases and removes repeats', () => {
    expect(cleanTags(' Pizza, cheap ,, QUICK, pizza ')).toEqual(['pizza', 'cheap', 'quick']);
  });

  test('handles a single tag', () => {
    expect(cleanTags('vegan')).toEqual(['vegan']);
  });

  test('returns an empty array for an empty string', () => {
    expect(cleanTags('')).toEqual([]);
  });

  test('returns an empty array when there are only commas and spaces', () => {
    expect(cleanTags(' , ,, ')).toEqual([]);
  });

  test('keeps spaces inside a tag', () => {
    expect(cleanTags('Quick Lunch,  family dinner ')).toEqual(['quick lunch', 'family dinner']);
  });

  test('keeps accented letters', () => {
    expect(cleanTags('Jalapeño, JALAPEÑO, Año Nuevo')).toEqual(['jalapeño', 'año nuevo']);
  });

  test('ignores a trailing comma', () => {
    expect(cleanTags('soup, rice,')).toEqual(['soup', 'rice']);
  });
});
