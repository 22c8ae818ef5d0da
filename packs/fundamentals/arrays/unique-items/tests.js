import { describe, test, expect } from '@jest/globals';
import { uniqueItems } from './solution';

describe('uniqueItems', () => {
  test('removes repeated shopping items', () => {
    expect(uniqueItems(['milk', 'eggs', 'milk', 'bread', 'eggs'])).toEqual(['milk', 'eggs', 'bread']);
  });

  test('keeps the order of first appearance for numbers', () => {
    expect(uniqueItems([3, 1, 3, 3, 2, 1])).toEqual([3, 1, 2]);
  });

  test('returns an empty array for an empty list', () => {
    expect(uniqueItems([])).toEqual([]);
  });

  test('keeps a list with no repeats as it is', () => {
    expect(uniqueItems(['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  test('treats accented and plain words as different', () => {
    expect(uniqueItems(['café', 'cafe', 'café'])).toEqual(['café', 'cafe']);
  });

  test('treats capitals as different', () => {
    expect(uniqueItems(['Milk', 'milk'])).toEqual(['Milk', 'milk']);
  });

  test('treats a number and a string as different', () => {
    expect(uniqueItems([1, '1', 1])).toEqual([1, '1']);
  });

  test('keeps zero and negative numbers', () => {
    expect(uniqueItems([0, -1, 0, -1])).toEqual([0, -1]);
  });

  test('does not change the array it receives', () => {
    const list = ['ñame', 'ñame'];
    uniqueItems(list);
    expect(list).toEqual(['ñame', 'ñame']);
  });
});
