import { describe, test, expect } from '@jest/globals';
import { makePipeline } from './solution';

describe('makePipeline', () => {
  test('cleans up a name in two steps', () => {
    const cleanName = makePipeline([(text) => text.trim(), (text) => text.toLowerCase()]);
    expect(cleanName('  JOSÉ ')).toBe('josé');
  });

  test('runs the steps in order', () => {
    expect(makePipeline([(n) => n + 1, (n) => n * 2])(3)).toBe(8);
    expect(makePipeline([(n) => n * 2, (n) => n + 1])(3)).toBe(7);
  });

  test('returns the input unchanged with no steps', () => {
    expect(makePipeline([])('hola')).toBe('hola');
  });

  test('works with a single step', () => {
    expect(makePipeline([(n) => n - 10])(0)).toBe(-10);
  });

  test('can be used again with new inputs', () => {
    const shout = makePipeline([(text) => text.toUpperCase(), (text) => `${text}!`]);
    expect(shout('gol')).toBe('GOL!');
    expect(shout('año nuevo')).toBe('AÑO NUEVO!');
  });

  test('can change the type of the value', () => {
    const countWords = makePipeline([(text) => text.split(' '), (words) => words.length]);
    expect(countWords('rice and beans')).toBe(3);
  });

  test('does not change the steps it receives', () => {
    const steps = [(n) => n + 1];
    makePipeline(steps)(1);
    expect(steps).toHaveLength(1);
  });
});
