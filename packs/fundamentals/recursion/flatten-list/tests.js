import { describe, test, expect } from '@jest/globals';
import { flattenList } from './solution';

describe('flattenList', () => {
  test('flattens a packing list with groups', () => {
    const packing = ['passport', ['toothbrush', 'soap', ['earrings', 'ring']], 'jacket'];
    expect(flattenList(packing)).toEqual(['passport', 'toothbrush', 'soap', 'earrings', 'ring', 'jacket']);
  });

  test('flattens deep nesting', () => {
    expect(flattenList([1, [2, [3, [4]]]])).toEqual([1, 2, 3, 4]);
  });

  test('returns an empty array for an empty list', () => {
    expect(flattenList([])).toEqual([]);
  });

  test('drops empty sub-lists', () => {
    expect(flattenList([[], [[]], [[], []]])).toEqual([]);
  });

  test('keeps a flat list as it is', () => {
    expect(flattenList(['José', 'ñandú', 0, -2])).toEqual(['José', 'ñandú', 0, -2]);
  });

  test('keeps null and objects as entries', () => {
    const card = { name: 'Ana' };
    expect(flattenList([null, [card]])).toEqual([null, { name: 'Ana' }]);
  });

  test('returns a new array', () => {
    const list = ['a', 'b'];
    expect(flattenList(list)).not.toBe(list);
  });

  test('does not change the list it receives', () => {
    const list = [1, [2, [3]]];
    flattenList(list);
    expect(list).toEqual([1, [2, [3]]]);
  });
});
