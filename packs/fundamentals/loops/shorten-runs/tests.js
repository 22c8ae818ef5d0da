import { describe, test, expect } from '@jest/globals';
import { shortenRuns } from './solution';

describe('shortenRuns', () => {
  test('shortens a warehouse record', () => {
    expect(shortenRuns('AAAABBBAAC')).toBe('A4B3A2C');
  });

  test('shortens lowercase runs', () => {
    expect(shortenRuns('aaabcc')).toBe('a3bc2');
  });

  test('leaves a string without repeats alone', () => {
    expect(shortenRuns('abc')).toBe('abc');
  });

  test('returns an empty string for an empty input', () => {
    expect(shortenRuns('')).toBe('');
  });

  test('keeps a single character', () => {
    expect(shortenRuns('Q')).toBe('Q');
  });

  test('works with ñ', () => {
    expect(shortenRuns('ññññ')).toBe('ñ4');
  });

  test('only counts neighbors', () => {
    expect(shortenRuns('ABA')).toBe('ABA');
  });

  test('treats capital and small letters as different', () => {
    expect(shortenRuns('aA')).toBe('aA');
  });

  test('writes long runs with several digits', () => {
    expect(shortenRuns('zzzzzzzzzzzz')).toBe('z12');
  });

  test('shortens a run at the very end', () => {
    expect(shortenRuns('xyzzz')).toBe('xyz3');
  });

  test('shortens runs of spaces and digits too', () => {
    expect(shortenRuns('a   b')).toBe('a 3b');
    expect(shortenRuns('1112')).toBe('132');
  });
});
