import { describe, test, expect } from '@jest/globals';
import { makeDispenser } from './solution';

describe('makeDispenser', () => {
  test('gives out tickets in order', () => {
    const deli = makeDispenser('A');
    expect(deli.take()).toBe('A-1');
    expect(deli.take()).toBe('A-2');
  });

  test('calls tickets in the order they were taken', () => {
    const deli = makeDispenser('A');
    deli.take();
    deli.take();
    expect(deli.call()).toBe('A-1');
    expect(deli.call()).toBe('A-2');
  });

  test('returns null when nobody is waiting', () => {
    const deli = makeDispenser('A');
    expect(deli.call()).toBeNull();
    deli.take();
    deli.call();
    expect(deli.call()).toBeNull();
  });

  test('counts the people waiting', () => {
    const deli = makeDispenser('A');
    expect(deli.waiting()).toBe(0);
    deli.take();
    deli.take();
    deli.take();
    deli.call();
    expect(deli.waiting()).toBe(2);
  });

  test('keeps numbering after calls', () => {
    const deli = makeDispenser('A');
    deli.take();
    deli.call();
    deli.call();
    expect(deli.take()).toBe('A-2');
    expect(deli.waiting()).toBe(1);
  });

  test('keeps each dispenser separate', () => {
    const deli = makeDispenser('A');
    const bakery = makeDispenser('Ñ');
    deli.take();
    deli.take();
    expect(bakery.take()).toBe('Ñ-1');
    expect(bakery.waiting()).toBe(1);
    expect(deli.waiting()).toBe(2);
  });

  test('does not show its counters as properties', () => {
    const deli = makeDispenser('A');
    deli.take();
    expect(Object.keys(deli).sort()).toEqual(['call', 'take', 'waiting']);
  });
});
