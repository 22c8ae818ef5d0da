// Jest-style tests; the learner's code is always imported from './solution'. Write at least 5,
// including edge cases, and make sure the starter fails at least one of them.
import { describe, test, expect } from '@jest/globals';
import { {{function}} } from './solution';

describe('{{function}}', () => {
  test('greets Ana', () => {
    expect({{function}}('Ana')).toBe('Hello, Ana!');
  });

  test('greets another name', () => {
    expect({{function}}('Luis')).toBe('Hello, Luis!');
  });

  test('keeps a name with spaces whole', () => {
    expect({{function}}('Ana María')).toBe('Hello, Ana María!');
  });

  test('keeps the capital letters as given', () => {
    expect({{function}}('DJ')).toBe('Hello, DJ!');
  });

  test('returns a string', () => {
    expect(typeof {{function}}('Bo')).toBe('string');
  });
});
