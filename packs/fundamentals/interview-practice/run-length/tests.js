import { describe, test, expect } from '@jest/globals';
import { encode, decode } from './solution';

describe('encode', () => {
  test('encodes the example row', () => {
    expect(encode('OOOOXXO')).toBe('4O2X1O');
  });

  test('an empty row encodes to an empty string', () => {
    expect(encode('')).toBe('');
  });

  test('writes a count for runs of one, including the last character', () => {
    expect(encode('OXO')).toBe('1O1X1O');
    expect(encode('X')).toBe('1X');
  });

  test('writes counts of 10 or more in full', () => {
    expect(encode('XXXXXXXXXXXXO')).toBe('12X1O');
    expect(encode('O'.repeat(100))).toBe('100O');
  });

  test('handles any characters that are not digits', () => {
    expect(encode('OO--XX')).toBe('2O2-2X');
  });
});

describe('decode', () => {
  test('decodes the example code', () => {
    expect(decode('4O2X1O')).toBe('OOOOXXO');
    expect(decode('')).toBe('');
  });

  test('reads counts with several digits', () => {
    expect(decode('12X1O')).toBe('XXXXXXXXXXXXO');
    expect(decode('100O')).toBe('O'.repeat(100));
  });

  test('undoes encode', () => {
    for (const row of ['', 'O', 'OOXXOO', 'X-XX--XXX', 'O'.repeat(11) + 'X'.repeat(25) + '-']) {
      expect(decode(encode(row))).toBe(row);
    }
  });
});
