import { describe, test, expect } from '@jest/globals';
import { RecentCache } from './solution';

describe('RecentCache', () => {
  test('follows the example', () => {
    const cache = new RecentCache(2);
    cache.set('Monterrey', '31°C');
    cache.set('Guadalajara', '27°C');
    expect(cache.get('Monterrey')).toBe('31°C');
    cache.set('Mérida', '35°C');
    expect(cache.has('Guadalajara')).toBe(false);
    expect(cache.recent()).toEqual(['Monterrey', 'Mérida']);
    expect(cache.size).toBe(2);
  });

  test('get returns undefined for a missing key', () => {
    const cache = new RecentCache(3);
    expect(cache.get('Puebla')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.recent()).toEqual([]);
  });

  test('forgets the least recently used entry, not the oldest one inserted', () => {
    const cache = new RecentCache(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    cache.get('a');
    cache.set('d', 4);
    expect(cache.recent()).toEqual(['c', 'a', 'd']);
    expect(cache.has('b')).toBe(false);
  });

  test('setting an existing key replaces its value and counts as a use', () => {
    const cache = new RecentCache(2);
    cache.set('CDMX', '22°C');
    cache.set('Toluca', '15°C');
    cache.set('CDMX', '24°C');
    expect(cache.size).toBe(2);
    cache.set('Tijuana', '19°C');
    expect(cache.get('CDMX')).toBe('24°C');
    expect(cache.has('Toluca')).toBe(false);
  });

  test('has and recent only look', () => {
    const cache = new RecentCache(2);
    cache.set('x', 1);
    cache.set('y', 2);
    expect(cache.has('x')).toBe(true);
    cache.recent();
    cache.set('z', 3);
    expect(cache.recent()).toEqual(['y', 'z']);
  });

  test('stores falsy values and can tell them from missing keys', () => {
    const cache = new RecentCache(2);
    cache.set('rain', 0);
    cache.set('alert', false);
    expect(cache.get('rain')).toBe(0);
    expect(cache.has('alert')).toBe(true);
    expect(cache.recent()).toEqual(['alert', 'rain']);
  });

  test('a cache of one keeps only the last key used', () => {
    const cache = new RecentCache(1);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.recent()).toEqual(['b']);
    expect(cache.get('a')).toBeUndefined();
  });

  test('rejects a capacity that is not a whole number of at least 1', () => {
    expect(() => new RecentCache(0)).toThrow(new RangeError('Capacity must be a whole number of at least 1'));
    expect(() => new RecentCache(2.5)).toThrow(RangeError);
    expect(() => new RecentCache('3')).toThrow(RangeError);
  });
});
