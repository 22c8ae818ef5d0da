import { describe, test, expect } from '@jest/globals';
import { makeInitials } from './solution';

describe('makeInitials', () => {
  test('makes initials from two capitalized names', () => {
    expect(makeInitials('Ana', 'Torres')).toBe('A.T.');
  });

  test('turns small letters into capitals', () => {
    expect(makeInitials('kwame', 'mensah')).toBe('K.M.');
  });

  test('keeps accented letters', () => {
    expect(makeInitials('josé', 'Ávila')).toBe('J.Á.');
  });

  test('turns ñ into Ñ', () => {
    expect(makeInitials('ñandú', 'ruiz')).toBe('Ñ.R.');
  });

  test('uses the arguments in order', () => {
    expect(makeInitials('Torres', 'Ana')).toBe('T.A.');
  });

  test('works with one-letter names', () => {
    expect(makeInitials('b', 'c')).toBe('B.C.');
  });

  test('uses only the first letter of a long name', () => {
    expect(makeInitials('Maximiliano', 'Zúñiga')).toBe('M.Z.');
  });
});
