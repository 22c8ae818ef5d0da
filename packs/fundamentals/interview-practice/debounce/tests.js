import { describe, test, expect, jest } from '@jest/globals';
import { debounce } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('debounce', () => {
  test('returns a function', () => {
    expect(typeof debounce(() => {}, 100)).toBe('function');
  });

  test('does not call fn right away', () => {
    const fn = jest.fn();
    debounce(fn, 300)('t');
    expect(fn).not.toHaveBeenCalled();
  });

  test('calls fn once, waitMs after a single call', async () => {
    const fn = jest.fn();
    const search = debounce(fn, 300);
    search('tortilla');
    await sleep(299);
    expect(fn).toHaveBeenCalledTimes(0);
    await sleep(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('tortilla');
  });

  test('a burst of calls gives one call, with the last arguments', async () => {
    const fn = jest.fn();
    const search = debounce(fn, 300);
    search('t');
    await sleep(100);
    search('to');
    await sleep(250);
    search('tortilla');
    await sleep(299);
    expect(fn).toHaveBeenCalledTimes(0);
    await sleep(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('tortilla');
  });

  test('passes every argument of the last call', async () => {
    const fn = jest.fn();
    const save = debounce(fn, 50);
    save('draft', 1);
    save('draft', 2, { city: 'Guadalajara' });
    await sleep(50);
    expect(fn).toHaveBeenCalledWith('draft', 2, { city: 'Guadalajara' });
  });

  test('a call after fn has run starts a new wait', async () => {
    const fn = jest.fn();
    const search = debounce(fn, 200);
    search('pan');
    await sleep(200);
    search('pan dulce');
    await sleep(199);
    expect(fn).toHaveBeenCalledTimes(1);
    await sleep(1);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn.mock.calls[1]).toEqual(['pan dulce']);
  });

  test('two debounced functions do not share their timer', async () => {
    const a = jest.fn();
    const b = jest.fn();
    const debouncedA = debounce(a, 100);
    const debouncedB = debounce(b, 100);
    debouncedA('uno');
    debouncedB('dos');
    await sleep(100);
    expect(a).toHaveBeenCalledWith('uno');
    expect(b).toHaveBeenCalledWith('dos');
  });
});
