import { describe, test, expect } from '@jest/globals';
import { rotate } from './solution';

const songs = ['A', 'B', 'C', 'D', 'E'];

describe('rotate', () => {
  test('rotates to the right', () => {
    expect(rotate(songs, 2)).toEqual(['D', 'E', 'A', 'B', 'C']);
    expect(rotate(songs, 1)).toEqual(['E', 'A', 'B', 'C', 'D']);
  });

  test('rotating by 0 or by the length gives the same order', () => {
    expect(rotate(songs, 0)).toEqual(songs);
    expect(rotate(songs, 5)).toEqual(songs);
  });

  test('handles k bigger than the length', () => {
    expect(rotate(songs, 7)).toEqual(['D', 'E', 'A', 'B', 'C']);
    expect(rotate(songs, 1003)).toEqual(['C', 'D', 'E', 'A', 'B']);
  });

  test('a negative k rotates to the left', () => {
    expect(rotate(songs, -1)).toEqual(['B', 'C', 'D', 'E', 'A']);
    expect(rotate(songs, -7)).toEqual(['C', 'D', 'E', 'A', 'B']);
  });

  test('an empty list stays empty', () => {
    expect(rotate([], 3)).toEqual([]);
    expect(rotate([], 0)).toEqual([]);
  });

  test('a list of one song', () => {
    expect(rotate(['Solo'], 4)).toEqual(['Solo']);
  });

  test('returns a new array and leaves the input alone', () => {
    const playlist = ['Cumbia', 'Norteña', 'Banda'];
    const result = rotate(playlist, 1);
    expect(result).toEqual(['Banda', 'Cumbia', 'Norteña']);
    expect(playlist).toEqual(['Cumbia', 'Norteña', 'Banda']);
    expect(rotate(playlist, 0)).not.toBe(playlist);
  });
});
