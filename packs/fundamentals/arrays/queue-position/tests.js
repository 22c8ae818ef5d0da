import { describe, test, expect } from '@jest/globals';
import { queuePosition } from './solution';

describe('queuePosition', () => {
  test('puts the first person in place 1', () => {
    expect(queuePosition(['Ana', 'Luis', 'Marta'], 'Ana')).toBe(1);
  });

  test('finds the last person', () => {
    expect(queuePosition(['Ana', 'Luis', 'Marta'], 'Marta')).toBe(3);
  });

  test('returns null for someone not in the queue', () => {
    expect(queuePosition(['Ana', 'Luis', 'Marta'], 'Pedro')).toBeNull();
  });

  test('returns null for an empty queue', () => {
    expect(queuePosition([], 'Ana')).toBeNull();
  });

  test('matches names exactly, capitals included', () => {
    expect(queuePosition(['Ana', 'Luis'], 'ana')).toBeNull();
  });

  test('keeps accents and ñ when matching', () => {
    expect(queuePosition(['Jose', 'José', 'Begoña'], 'José')).toBe(2);
    expect(queuePosition(['Jose', 'José', 'Begoña'], 'Begoña')).toBe(3);
  });

  test('gives the first place when a name appears twice', () => {
    expect(queuePosition(['Kim', 'Ana', 'Kim'], 'Kim')).toBe(1);
  });
});
