import { describe, test, expect } from '@jest/globals';
import { cleanAnswer, tallyAnswers, topAnswer } from './solution';

describe('cleanAnswer', () => {
  test('trims, lowercases and removes accents', () => {
    expect(cleanAnswer('  Querétaro ')).toBe('queretaro');
  });

  test('handles capitals with accents', () => {
    expect(cleanAnswer('MÉRIDA')).toBe('merida');
    expect(cleanAnswer('San Luis Potosí')).toBe('san luis potosi');
  });

  test('leaves a clean answer as it is', () => {
    expect(cleanAnswer('monterrey')).toBe('monterrey');
  });
});

describe('tallyAnswers', () => {
  test('counts the same city written in different ways', () => {
    const text = 'Ana: Querétaro\nLuis:  queretaro\nSofía: MONTERREY\n\nOmar: Monterrey';
    expect(tallyAnswers(text)).toEqual({ queretaro: 2, monterrey: 2 });
  });

  test('skips blank lines and lines without a colon', () => {
    expect(tallyAnswers('\nno answer here\n   \nEva: Guadalajara\n')).toEqual({ guadalajara: 1 });
  });

  test('takes everything after the first colon', () => {
    expect(tallyAnswers('Iván: CDMX: remote')).toEqual({ 'cdmx: remote': 1 });
  });

  test('counts any answer, even one named like a built-in', () => {
    expect(tallyAnswers('Ana: Constructor\nLuis: constructor\nEva: Puebla')).toEqual({ constructor: 2, puebla: 1 });
  });

  test('returns an empty object for empty text', () => {
    expect(tallyAnswers('')).toEqual({});
  });
});

describe('topAnswer', () => {
  test('finds the most common answer', () => {
    expect(topAnswer({ queretaro: 2, monterrey: 3, puebla: 1 })).toBe('monterrey');
  });

  test('keeps the first answer on a tie', () => {
    expect(topAnswer({ merida: 2, leon: 2 })).toBe('merida');
  });

  test('returns null when nobody answered', () => {
    expect(topAnswer({})).toBeNull();
  });

  test('works on the result of tallyAnswers', () => {
    expect(topAnswer(tallyAnswers('A: León\nB: Puebla\nC: leon'))).toBe('leon');
  });
});
