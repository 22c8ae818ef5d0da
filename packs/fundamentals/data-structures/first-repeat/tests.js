import { describe, test, expect } from '@jest/globals';
import { firstRepeat } from './solution';

describe('firstRepeat', () => {
  test('finds a plate typed two different ways', () => {
    expect(firstRepeat(['ABC 123', 'XYZ 987', 'abc123'])).toBe('ABC123');
  });

  test('picks the plate whose second visit comes first', () => {
    expect(firstRepeat(['A1', 'B2', 'B2', 'A1'])).toBe('B2');
  });

  test('returns null when every plate is different', () => {
    expect(firstRepeat(['A1', 'B2', 'C3'])).toBeNull();
  });

  test('returns null for an empty log', () => {
    expect(firstRepeat([])).toBeNull();
  });

  test('ignores spaces anywhere in the plate', () => {
    expect(firstRepeat(['Abc 1 23', ' ABC123 '])).toBe('ABC123');
  });

  test('handles ñ and accents', () => {
    expect(firstRepeat(['ñu 12', 'ÑU12'])).toBe('ÑU12');
  });

  test('finds a repeat at the end of a long log', () => {
    const plates = [];
    for (let i = 0; i < 5000; i++) {
      plates.push(`car ${i}`);
    }
    plates.push('CAR 42');
    expect(firstRepeat(plates)).toBe('CAR42');
  });

  test('does not change the array it receives', () => {
    const plates = ['abc 1', 'ABC1'];
    firstRepeat(plates);
    expect(plates).toEqual(['abc 1', 'ABC1']);
  });
});
