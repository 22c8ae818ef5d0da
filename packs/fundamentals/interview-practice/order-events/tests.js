import { describe, test, expect, jest } from '@jest/globals';
import { EventEmitter } from './solution';

describe('EventEmitter', () => {
  test('calls the listeners in order, with the arguments', () => {
    const order = new EventEmitter();
    const calls = [];
    order.on('status', (status, eta) => calls.push(`badge ${status} ${eta}`));
    order.on('status', (status) => calls.push(`map ${status}`));
    expect(order.emit('status', 'cooking', 25)).toBe(true);
    expect(calls).toEqual(['badge cooking 25', 'map cooking']);
  });

  test('emit returns false for an event without listeners', () => {
    const order = new EventEmitter();
    order.on('status', () => {});
    expect(order.emit('paid', 120000)).toBe(false);
    expect(order.listenerCount('paid')).toBe(0);
  });

  test('on returns a function that removes that listener', () => {
    const order = new EventEmitter();
    const badge = jest.fn();
    const map = jest.fn();
    const stop = order.on('status', badge);
    order.on('status', map);
    stop();
    order.emit('status', 'delivered');
    expect(badge).not.toHaveBeenCalled();
    expect(map).toHaveBeenCalledWith('delivered');
    expect(order.listenerCount('status')).toBe(1);
  });

  test('off removes a listener, and ignores one that is not there', () => {
    const order = new EventEmitter();
    const badge = jest.fn();
    order.on('status', badge);
    order.off('status', () => {});
    order.off('nothing', badge);
    order.emit('status', 'cooking');
    order.off('status', badge);
    expect(order.emit('status', 'on the way')).toBe(false);
    expect(badge.mock.calls).toEqual([['cooking']]);
  });

  test('once runs only on the next emit', () => {
    const order = new EventEmitter();
    const first = jest.fn();
    const always = jest.fn();
    order.on('status', always);
    order.once('status', first);
    order.on('status', () => {});
    expect(order.listenerCount('status')).toBe(3);
    order.emit('status', 'cooking', 25);
    order.emit('status', 'on the way', 12);
    expect(first.mock.calls).toEqual([['cooking', 25]]);
    expect(always).toHaveBeenCalledTimes(2);
    expect(order.listenerCount('status')).toBe(2);
  });

  test('a once listener removing itself does not make emit skip the next listener', () => {
    const order = new EventEmitter();
    const calls = [];
    order.once('status', () => calls.push('once'));
    order.on('status', () => calls.push('badge'));
    order.on('status', () => calls.push('map'));
    order.emit('status', 'cooking');
    expect(calls).toEqual(['once', 'badge', 'map']);
  });

  test('off with the original listener removes a once listener before it runs', () => {
    const order = new EventEmitter();
    const first = jest.fn();
    order.once('status', first);
    order.off('status', first);
    expect(order.emit('status', 'cooking')).toBe(false);
    expect(first).not.toHaveBeenCalled();
  });

  test('emit calls the listeners registered when it started', () => {
    const order = new EventEmitter();
    const late = jest.fn();
    const removed = jest.fn();
    order.on('status', () => {
      order.on('status', late);
      order.off('status', removed);
    });
    order.on('status', removed);
    order.emit('status', 'cooking');
    expect(late).not.toHaveBeenCalled();
    expect(removed).toHaveBeenCalledTimes(1);
    order.emit('status', 'on the way');
    expect(late).toHaveBeenCalledWith('on the way');
    expect(removed).toHaveBeenCalledTimes(1);
  });

  test('any text works as an event name, and emitters do not share listeners', () => {
    const a = new EventEmitter();
    const b = new EventEmitter();
    expect(a.emit('constructor')).toBe(false);
    expect(a.listenerCount('toString')).toBe(0);
    const listener = jest.fn();
    a.on('constructor', listener);
    expect(a.emit('constructor', 'ok')).toBe(true);
    expect(listener).toHaveBeenCalledWith('ok');
    expect(b.emit('constructor')).toBe(false);
  });
});
