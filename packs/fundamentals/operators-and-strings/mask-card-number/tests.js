import { describe, test, expect } from '@jest/globals';
import { maskCard } from './solution';

describe('maskCard', () => {
  test('hides all but the last four of a 16-digit number', () => {
    expect(maskCard('4556737586899855')).toBe('************9855');
  });

  test('hides all but the last four of a short number', () => {
    expect(maskCard('123456')).toBe('**3456');
  });

  test('keeps the same length as the input', () => {
    expect(maskCard('378282246310005')).toHaveLength(15);
  });

  test('shows a four-digit number unchanged', () => {
    expect(maskCard('1234')).toBe('1234');
  });

  test('shows a number shorter than four unchanged', () => {
    expect(maskCard('987')).toBe('987');
  });

  test('an empty string stays empty', () => {
    expect(maskCard('')).toBe('');
  });

  test('hides one character of a five-digit number', () => {
    expect(maskCard('00000')).toBe('*0000');
  });

  test('does not show the first digits', () => {
    expect(maskCard('5105105105105100')).not.toMatch(/^5105/);
  });
});
