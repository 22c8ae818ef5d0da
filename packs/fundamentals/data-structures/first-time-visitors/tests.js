import { describe, test, expect } from '@jest/globals';
import { firstTimeVisitors } from './solution';

describe('firstTimeVisitors', () => {
  test('finds the newcomers of each day', () => {
    const days = [
      ['Ana', 'Luis'],
      ['Luis', 'Marta', 'Ana'],
      ['José', 'Marta'],
    ];
    expect(firstTimeVisitors(days)).toEqual([['Ana', 'Luis'], ['Marta'], ['José']]);
  });

  test('counts a name twice on the same day only once', () => {
    expect(firstTimeVisitors([['Kim', 'Kim', 'Omar']])).toEqual([['Kim', 'Omar']]);
  });

  test('keeps an empty list for a day with nobody new', () => {
    expect(firstTimeVisitors([['Ana'], ['Ana'], []])).toEqual([['Ana'], [], []]);
  });

  test('returns an empty array when there are no days', () => {
    expect(firstTimeVisitors([])).toEqual([]);
  });

  test('treats accented and plain names as different', () => {
    expect(firstTimeVisitors([['Jose'], ['José', 'Jose']])).toEqual([['Jose'], ['José']]);
  });

  test('treats capitals as different', () => {
    expect(firstTimeVisitors([['ana'], ['Ana']])).toEqual([['ana'], ['Ana']]);
  });

  test('keeps the sign-in order', () => {
    expect(firstTimeVisitors([['Zoe', 'Ana', 'Íñigo']])).toEqual([['Zoe', 'Ana', 'Íñigo']]);
  });

  test('does not change the arrays it receives', () => {
    const days = [['Ana', 'Ana'], ['Luis']];
    firstTimeVisitors(days);
    expect(days).toEqual([['Ana', 'Ana'], ['Luis']]);
  });
});
