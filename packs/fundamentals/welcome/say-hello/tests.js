import { describe, test, expect } from '@jest/globals';
import { greet } from './solution';

describe('greet', () => {
  test('greets Ana by name', () => {
    expect(greet('Ana')).toBe('Hello, Ana!');
  });

  test('greets another name', () => {
    expect(greet('Kwame')).toBe('Hello, Kwame!');
  });

  test('returns a string instead of printing it', () => {
    expect(typeof greet('Ana')).toBe('string');
  });

  test('keeps accented letters', () => {
    expect(greet('José')).toBe('Hello, José!');
  });

  test('keeps letters with diaeresis', () => {
    expect(greet('Zoë')).toBe('Hello, Zoë!');
  });

  test('keeps a name with a space in it', () => {
    expect(greet('Mary Jane')).toBe('Hello, Mary Jane!');
  });

  test('does not change capital letters', () => {
    expect(greet('ana')).toBe('Hello, ana!');
    expect(greet('LUIS')).toBe('Hello, LUIS!');
  });

  test('still greets when the name is empty', () => {
    expect(greet('')).toBe('Hello, !');
  });
});
