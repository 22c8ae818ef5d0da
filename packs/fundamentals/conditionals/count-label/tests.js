import { describe, test, expect } from '@jest/globals';
import { countLabel } from './solution';

describe('countLabel', () => {
  test('uses the singular for one item', () => {
    expect(countLabel(1, 'lemon', 'lemons')).toBe('1 lemon');
  });

  test('uses the plural for several items', () => {
    expect(countLabel(3, 'lemon', 'lemons')).toBe('3 lemons');
  });

  test('uses the plural for zero', () => {
    expect(countLabel(0, 'loaf', 'loaves')).toBe('0 loaves');
  });

  test('uses the plural for decimals', () => {
    expect(countLabel(2.5, 'kilo', 'kilos')).toBe('2.5 kilos');
  });

  test('uses the plural for negative counts', () => {
    expect(countLabel(-1, 'point', 'points')).toBe('-1 points');
  });

  test('works with irregular plurals', () => {
    expect(countLabel(12, 'tortilla', 'tortillas')).toBe('12 tortillas');
    expect(countLabel(2, 'person', 'people')).toBe('2 people');
  });

  test('keeps accented words as they are', () => {
    expect(countLabel(1, 'limón', 'limones')).toBe('1 limón');
    expect(countLabel(4, 'limón', 'limones')).toBe('4 limones');
  });
});
