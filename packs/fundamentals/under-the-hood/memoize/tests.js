import { describe, test, expect } from '@jest/globals';
import { memoize } from './solution';

const courierQuote = (postalCode) => (postalCode.startsWith('0') ? 9900 : 14900);

describe('memoize', () => {
  test('returns what fn returns', () => {
    const fastQuote = memoize(courierQuote);
    expect(fastQuote('06700')).toBe(9900);
    expect(fastQuote('64000')).toBe(14900);
  });

  test('runs fn only once for the same first argument', () => {
    const quote = jest.fn(courierQuote);
    const fastQuote = memoize(quote);
    fastQuote('06700');
    fastQuote('06700');
    expect(fastQuote('06700')).toBe(9900);
    expect(quote).toHaveBeenCalledTimes(1);
  });

  test('runs fn again for a different first argument', () => {
    const quote = jest.fn(courierQuote);
    const fastQuote = memoize(quote);
    fastQuote('06700');
    fastQuote('64000');
    fastQuote('44100');
    fastQuote('64000');
    expect(quote).toHaveBeenCalledTimes(3);
  });

  test('passes all the arguments to fn', () => {
    const quote = jest.fn(courierQuote);
    const fastQuote = memoize(quote);
    fastQuote('06700', 'express', 2);
    expect(quote).toHaveBeenCalledWith('06700', 'express', 2);
  });

  test('passes this on, so it works as a method', () => {
    const courier = {
      base: 9900,
      quote: memoize(function (postalCode) {
        return this.base + (postalCode.startsWith('0') ? 0 : 5000);
      }),
    };
    expect(courier.quote('44100')).toBe(14900);
    expect(courier.quote('06700')).toBe(9900);
  });

  test('remembers falsy answers too', () => {
    const lookup = jest.fn((code) => ({ free: 0, blank: '', none: null, missing: undefined })[code]);
    const fast = memoize(lookup);
    for (const code of ['free', 'blank', 'none', 'missing']) {
      fast(code);
    }
    expect(fast('free')).toBe(0);
    expect(fast('blank')).toBe('');
    expect(fast('none')).toBeNull();
    expect(fast('missing')).toBeUndefined();
    expect(lookup).toHaveBeenCalledTimes(4);
  });

  test('treats keys like toString and constructor as new keys', () => {
    const shout = jest.fn((word) => word.toUpperCase());
    const fastShout = memoize(shout);
    expect(fastShout('toString')).toBe('TOSTRING');
    expect(fastShout('constructor')).toBe('CONSTRUCTOR');
    expect(fastShout('toString')).toBe('TOSTRING');
    expect(shout).toHaveBeenCalledTimes(2);
  });

  test('each memoized function has its own memory, and creating one runs nothing', () => {
    const first = jest.fn(() => 'first');
    const second = jest.fn(() => 'second');
    const fastFirst = memoize(first);
    const fastSecond = memoize(second);
    expect(first).not.toHaveBeenCalled();
    expect(fastFirst('06700')).toBe('first');
    expect(fastSecond('06700')).toBe('second');
    expect(second).toHaveBeenCalledTimes(1);
  });
});
