import { describe, test, expect } from '@jest/globals';
import { slugify } from './solution';

describe('slugify', () => {
  test('removes accents and punctuation', () => {
    expect(slugify('¡Año Nuevo en Mazatlán!')).toBe('ano-nuevo-en-mazatlan');
  });

  test('turns a run of symbols into one dash', () => {
    expect(slugify('  Top 10: Tacos & Tamales ')).toBe('top-10-tacos-tamales');
  });

  test('lowercases a single word', () => {
    expect(slugify('Hello')).toBe('hello');
  });

  test('returns an empty string when nothing is left', () => {
    expect(slugify('!!!')).toBe('');
    expect(slugify('')).toBe('');
  });

  test('keeps digits', () => {
    expect(slugify('Route 66')).toBe('route-66');
  });

  test('collapses repeated dashes', () => {
    expect(slugify('Self--service')).toBe('self-service');
  });

  test('handles accents stored as separate characters', () => {
    expect(slugify('Cafe\u0301 con leche')).toBe('cafe-con-leche');
  });
});
