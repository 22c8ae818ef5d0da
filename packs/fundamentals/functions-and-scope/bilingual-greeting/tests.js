import { describe, test, expect } from '@jest/globals';
import { greetVisitor } from './solution';

describe('greetVisitor', () => {
  test('greets in Spanish when asked', () => {
    expect(greetVisitor('Marta', 'es')).toBe('Hola, Marta!');
  });

  test('greets in English when asked', () => {
    expect(greetVisitor('Marta', 'en')).toBe('Hello, Marta!');
  });

  test('uses English when the language is missing', () => {
    expect(greetVisitor('Joaquín')).toBe('Hello, Joaquín!');
  });

  test('uses friend when nothing is given', () => {
    expect(greetVisitor()).toBe('Hello, friend!');
  });

  test('uses friend in Spanish when only the language is given', () => {
    expect(greetVisitor(undefined, 'es')).toBe('Hola, friend!');
  });

  test('uses English for any other language', () => {
    expect(greetVisitor('Amélie', 'fr')).toBe('Hello, Amélie!');
  });

  test('keeps an empty name because it was given', () => {
    expect(greetVisitor('')).toBe('Hello, !');
  });

  test('keeps accents and ñ in names', () => {
    expect(greetVisitor('Begoña', 'es')).toBe('Hola, Begoña!');
  });
});
