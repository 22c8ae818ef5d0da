import { describe, test, expect } from '@jest/globals';
import { RateCache } from './solution';

// A fake clock the tests can move forward.
function fakeClock() {
  const clock = { time: 1000 };
  clock.now = () => clock.time;
  return clock;
}

describe('existing features (keep them green)', () => {
  test('stores, reads and replaces values', () => {
    const cache = new RateCache(fakeClock().now);
    cache.set('USD-MXN', 1725);
    cache.set('USD-MXN', 1731);
    cache.set('EUR-MXN', 1880);
    expect(cache.get('USD-MXN')).toBe(1731);
    expect(cache.get('CAD-MXN')).toBeUndefined();
    expect(cache.has('EUR-MXN')).toBe(true);
    expect(cache.size).toBe(2);
    expect(cache.keys()).toEqual(['USD-MXN', 'EUR-MXN']);
  });

  test('values set without a TTL never expire', () => {
    const clock = fakeClock();
    const cache = new RateCache(clock.now);
    cache.set('bank', 'Banorte');
    clock.time += 10 ** 12;
    expect(cache.get('bank')).toBe('Banorte');
    expect(cache.size).toBe(1);
  });
});

describe('expiry (the new feature)', () => {
  test('an entry lives until, but not including, set time + ttlMs', () => {
    const clock = fakeClock();
    const cache = new RateCache(clock.now);
    cache.set('USD-MXN', 1725, 60000);
    clock.time = 1000 + 59999;
    expect(cache.get('USD-MXN')).toBe(1725);
    expect(cache.has('USD-MXN')).toBe(true);
    clock.time = 1000 + 60000;
    expect(cache.get('USD-MXN')).toBeUndefined();
    expect(cache.has('USD-MXN')).toBe(false);
  });

  test('expired entries do not count in size or keys', () => {
    const clock = fakeClock();
    const cache = new RateCache(clock.now);
    cache.set('USD-MXN', 1725, 60000);
    cache.set('bank', 'Banorte');
    cache.set('EUR-MXN', 1880, 120000);
    clock.time += 60000;
    expect(cache.size).toBe(2);
    expect(cache.keys()).toEqual(['bank', 'EUR-MXN']);
  });

  test('setting a key again replaces its value and its expiry', () => {
    const clock = fakeClock();
    const cache = new RateCache(clock.now);
    cache.set('USD-MXN', 1725, 1000);
    clock.time += 900;
    cache.set('USD-MXN', 1731, 1000);
    clock.time += 900;
    expect(cache.get('USD-MXN')).toBe(1731);
    cache.set('USD-MXN', 1740);
    clock.time += 10 ** 9;
    expect(cache.get('USD-MXN')).toBe(1740);
  });

  test('a key set again with a TTL after its first entry expired lives again', () => {
    const clock = fakeClock();
    const cache = new RateCache(clock.now);
    cache.set('USD-MXN', 1725, 100);
    clock.time += 100;
    cache.set('USD-MXN', 1729, 100);
    expect(cache.get('USD-MXN')).toBe(1729);
    expect(cache.size).toBe(1);
  });

  test('prune deletes the expired entries and says how many', () => {
    const clock = fakeClock();
    const cache = new RateCache(clock.now);
    cache.set('USD-MXN', 1725, 100);
    cache.set('EUR-MXN', 1880, 200);
    cache.set('bank', 'Banorte');
    expect(cache.prune()).toBe(0);
    clock.time += 150;
    expect(cache.prune()).toBe(1);
    expect(cache.prune()).toBe(0);
    clock.time += 50;
    expect(cache.prune()).toBe(1);
    expect(cache.keys()).toEqual(['bank']);
    expect(cache.entries.size).toBe(1);
  });

  test('rejects a TTL that is not a whole number of at least 1', () => {
    const cache = new RateCache(fakeClock().now);
    for (const ttl of [0, -5, 1.5, '60000', null]) {
      expect(() => cache.set('USD-MXN', 1725, ttl)).toThrow(RangeError);
      expect(() => cache.set('USD-MXN', 1725, ttl))
        .toThrow('TTL must be a whole number of milliseconds of at least 1');
    }
    expect(cache.has('USD-MXN')).toBe(false);
  });
});
