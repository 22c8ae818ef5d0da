import { describe, test, expect } from '@jest/globals';
import { totalSize } from './solution';

function makePhotos() {
  return {
    name: 'Photos',
    children: [
      { name: 'beach.jpg', size: 4 },
      {
        name: 'Wedding',
        children: [
          { name: 'church.jpg', size: 5 },
          { name: 'party.mp4', size: 120 },
        ],
      },
      { name: 'Screenshots', children: [] },
    ],
  };
}

describe('totalSize', () => {
  test('adds up a folder with a sub-folder', () => {
    expect(totalSize(makePhotos())).toBe(129);
  });

  test('returns the size of a single file', () => {
    expect(totalSize({ name: 'notes.txt', size: 2 })).toBe(2);
  });

  test('returns zero for an empty folder', () => {
    expect(totalSize({ name: 'Empty', children: [] })).toBe(0);
  });

  test('counts a file of size zero', () => {
    expect(totalSize({ name: 'Docs', children: [{ name: 'blank.txt', size: 0 }, { name: 'a.txt', size: 1 }] })).toBe(1);
  });

  test('goes down many levels', () => {
    const deep = {
      name: 'a',
      children: [{ name: 'b', children: [{ name: 'c', children: [{ name: 'd', children: [{ name: 'año.txt', size: 7 }] }] }] }],
    };
    expect(totalSize(deep)).toBe(7);
  });

  test('handles decimal sizes', () => {
    const folder = { name: 'Música', children: [{ name: 'a.mp3', size: 3.2 }, { name: 'b.mp3', size: 0.5 }] };
    expect(totalSize(folder)).toBeCloseTo(3.7);
  });

  test('works on a sub-folder on its own', () => {
    expect(totalSize(makePhotos().children[1])).toBe(125);
  });

  test('does not change the folder it receives', () => {
    const photos = makePhotos();
    totalSize(photos);
    expect(photos).toEqual(makePhotos());
  });
});
