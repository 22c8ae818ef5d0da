import { describe, test, expect } from '@jest/globals';
import { makeCounter, makeButtons } from './solution';

describe('makeCounter', () => {
  test('counts from 1', () => {
    const counter = makeCounter();
    expect(counter()).toBe(1);
    expect(counter()).toBe(2);
    expect(counter()).toBe(3);
  });

  test('each counter has its own count', () => {
    const first = makeCounter();
    const second = makeCounter();
    first();
    first();
    expect(second()).toBe(1);
    expect(first()).toBe(3);
  });
});

describe('makeButtons', () => {
  test('makes one button per dish', () => {
    expect(makeButtons(['Tacos al pastor', 'Gringas', 'Agua de jamaica'])).toHaveLength(3);
  });

  test('each button shows its own dish', () => {
    const [pastor, gringas] = makeButtons(['Tacos al pastor', 'Gringas']);
    expect(pastor()).toBe('Tacos al pastor: 1');
    expect(gringas()).toBe('Gringas: 1');
  });

  test('each button counts its own presses', () => {
    const [pastor, gringas, jamaica] = makeButtons(['Tacos al pastor', 'Gringas', 'Agua de jamaica']);
    pastor();
    pastor();
    expect(gringas()).toBe('Gringas: 1');
    expect(pastor()).toBe('Tacos al pastor: 3');
    expect(jamaica()).toBe('Agua de jamaica: 1');
  });

  test('two screens do not share counts', () => {
    const [first] = makeButtons(['Quesadilla']);
    const [second] = makeButtons(['Quesadilla']);
    first();
    expect(second()).toBe('Quesadilla: 1');
  });

  test('returns no buttons for no dishes', () => {
    expect(makeButtons([])).toEqual([]);
  });
});
