import { describe, test, expect } from '@jest/globals';
import { requestRide } from './solution';

const trip = { from: 'Fundidora', to: 'San Pedro' };

// A fake driver who answers after `ms` with `answer`: true, false, or "offline" (rejects).
// `offers` and `releases` record the calls.
function driver(name, ms, answer) {
  const d = {
    name,
    offers: 0,
    releases: [],
    offer(t) {
      d.offers++;
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (answer === 'offline') {
            reject(new Error('Phone offline'));
          } else {
            resolve(answer);
          }
        }, ms);
      });
    },
    release(t) {
      d.releases.push(t);
    },
  };
  return d;
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('requestRide', () => {
  test('returns a promise', () => {
    const result = requestRide([driver('Ana', 10, true)], trip, 1000);
    expect(result).toBeInstanceOf(Promise);
    return result;
  });

  test('the first driver to accept gets the trip', async () => {
    const ana = driver('Ana', 4000, true);
    const beto = driver('Beto', 2000, true);
    const chuy = driver('Chuy', 1000, false);
    await expect(requestRide([ana, beto, chuy], trip, 10000)).resolves.toBe('Beto');
  });

  test('offers the trip to every driver', async () => {
    const drivers = [driver('Ana', 100, false), driver('Beto', 200, true), driver('Chuy', 300, false)];
    await requestRide(drivers, trip, 1000);
    expect(drivers.map((d) => d.offers)).toEqual([1, 1, 1]);
  });

  test('a driver who accepts late is released, the others are not', async () => {
    const ana = driver('Ana', 4000, true);
    const beto = driver('Beto', 2000, true);
    const chuy = driver('Chuy', 3000, false);
    await requestRide([ana, beto, chuy], trip, 10000);
    await wait(5000);
    expect(ana.releases).toEqual([trip]);
    expect(beto.releases).toEqual([]);
    expect(chuy.releases).toEqual([]);
  });

  test('an offline driver counts as a no', async () => {
    const drivers = [driver('Ana', 100, 'offline'), driver('Beto', 500, true)];
    await expect(requestRide(drivers, trip, 1000)).resolves.toBe('Beto');
  });

  test('everybody declines: rejects as soon as the last one answers', async () => {
    const drivers = [driver('Ana', 100, false), driver('Beto', 300, 'offline'), driver('Chuy', 200, false)];
    let settledAfterTimeLimit = false;
    const limit = setTimeout(() => {
      settledAfterTimeLimit = true;
    }, 60000);
    await expect(requestRide(drivers, trip, 60000)).rejects.toThrow('No drivers available');
    clearTimeout(limit);
    expect(settledAfterTimeLimit).toBe(false);
  });

  test('no drivers: rejects at once', async () => {
    await expect(requestRide([], trip, 5000)).rejects.toThrow('No drivers available');
  });

  test('nobody accepts in time', async () => {
    const drivers = [driver('Ana', 8000, true), driver('Beto', 100, false)];
    await expect(requestRide(drivers, trip, 5000)).rejects.toThrow('No driver accepted in time');
  });

  test('a driver who accepts after time ran out is released', async () => {
    const ana = driver('Ana', 8000, true);
    await expect(requestRide([ana], trip, 5000)).rejects.toThrow('No driver accepted in time');
    await wait(4000);
    expect(ana.releases).toEqual([trip]);
  });
});
