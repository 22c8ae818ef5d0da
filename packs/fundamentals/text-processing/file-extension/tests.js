import { describe, test, expect } from '@jest/globals';
import { fileExtension } from './solution';

describe('fileExtension', () => {
  test('returns the part after the dot', () => {
    expect(fileExtension('beach.jpg')).toBe('jpg');
  });

  test('returns the extension in lowercase', () => {
    expect(fileExtension('Foto de José.JPG')).toBe('jpg');
  });

  test('uses only the part after the last dot', () => {
    expect(fileExtension('backup.tar.gz')).toBe('gz');
  });

  test('returns an empty string when there is no dot', () => {
    expect(fileExtension('notes')).toBe('');
  });

  test('returns an empty string when the name ends with a dot', () => {
    expect(fileExtension('draft.')).toBe('');
  });

  test('keeps digits in the extension', () => {
    expect(fileExtension('canción.MP3')).toBe('mp3');
  });

  test('returns an empty string for an empty name', () => {
    expect(fileExtension('')).toBe('');
  });
});
