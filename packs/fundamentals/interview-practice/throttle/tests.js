import { describe, test, expect, jest } from '@jest/globals';
import { throttle } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('throttle', () => {
  test('returns a function that calls fn at once the first time', () => {
    const fn = jest.fn();
    const send = throttle(fn, 300);
    expect(typeof send).toBe('function');
    send('Av. Constitución');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('Av. Constitución');
  });

  test('calls during the wait give one run at its end, with the latest arguments', async () => {
    const fn = jest.fn();
    const send = throttle(fn, 300);
    send('Av. Constitución');
    await sleep(100);
    send('Puente Zaragoza');
    await sleep(100);
    send('Av. Pino Suárez');
    await sleep(99);
    expect(fn).toHaveBeenCalledTimes(1);
    await sleep(1);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn.mock.calls[1]).toEqual(['Av. Pino Suárez']);
  });

  test('a run at the end of a wait starts a new wait', async () => {
    const fn = jest.fn();
    const send = throttle(fn, 300);
    send('a');
    await sleep(100);
    send('b');
    await sleep(300);          // 400 ms: b ran at 300 ms, a new wait lasts until 600 ms
    send('c');
    expect(fn.mock.calls).toEqual([['a'], ['b']]);
    await sleep(199);
    expect(fn).toHaveBeenCalledTimes(2);
    await sleep(1);            // 600 ms
    expect(fn.mock.calls).toEqual([['a'], ['b'], ['c']]);
  });

  test('after a quiet wait, the next call runs at once', async () => {
    const fn = jest.fn();
    const send = throttle(fn, 300);
    send('a');
    await sleep(500);
    expect(fn).toHaveBeenCalledTimes(1);
    send('b');
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn.mock.calls[1]).toEqual(['b']);
  });

  test('a steady stream of calls runs fn once per wait', async () => {
    const fn = jest.fn();
    const send = throttle(fn, 300);
    for (let ms = 0; ms < 1000; ms += 50) {
      send(ms);
      await sleep(50);
    }
    // runs at 0, 300, 600 and 900 ms, each with the latest position
    expect(fn.mock.calls).toEqual([[0], [250], [550], [850]]);
    await sleep(300);
    expect(fn.mock.calls).toEqual([[0], [250], [550], [850], [950]]);
  });

  test('passes every argument', async () => {
    const fn = jest.fn();
    const send = throttle(fn, 100);
    send(25.67, -100.31, { speed: 40 });
    send(25.68, -100.32, { speed: 35 });
    await sleep(100);
    expect(fn.mock.calls).toEqual([
      [25.67, -100.31, { speed: 40 }],
      [25.68, -100.32, { speed: 35 }],
    ]);
  });

  test('two throttled functions do not share their wait', () => {
    const a = jest.fn();
    const b = jest.fn();
    throttle(a, 300)('uno');
    throttle(b, 300)('dos');
    expect(a).toHaveBeenCalledWith('uno');
    expect(b).toHaveBeenCalledWith('dos');
  });
});
