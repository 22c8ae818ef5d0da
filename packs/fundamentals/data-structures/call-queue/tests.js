import { describe, test, expect } from '@jest/globals';
import { CallQueue, serveAll } from './solution';

function queueOf(callers) {
  const queue = new CallQueue();
  for (const caller of callers) {
    queue.enqueue(caller);
  }
  return queue;
}

describe('CallQueue', () => {
  test('serves the first caller first', () => {
    const queue = queueOf(['Ana', 'Luis', 'Sofía']);
    expect(queue.dequeue()).toBe('Ana');
    expect(queue.dequeue()).toBe('Luis');
    expect(queue.size).toBe(1);
  });

  test('keeps order when callers arrive between services', () => {
    const queue = queueOf(['Ana']);
    queue.enqueue('Luis');
    expect(queue.dequeue()).toBe('Ana');
    queue.enqueue('Omar');
    expect(queue.dequeue()).toBe('Luis');
    expect(queue.dequeue()).toBe('Omar');
  });

  test('returns null when nobody is waiting', () => {
    const queue = new CallQueue();
    expect(queue.dequeue()).toBeNull();
    expect(queue.size).toBe(0);
  });
});

describe('serveAll', () => {
  test('serves everyone in order of arrival', () => {
    expect(serveAll(queueOf(['Ana', 'Luis', 'Sofía', 'Omar']))).toEqual(['Ana', 'Luis', 'Sofía', 'Omar']);
  });

  test('leaves the queue empty', () => {
    const queue = queueOf(['Ana', 'Luis', 'Sofía', 'Omar', 'Eva']);
    serveAll(queue);
    expect(queue.size).toBe(0);
  });

  test('serves an odd number of callers', () => {
    expect(serveAll(queueOf(['A', 'B', 'C']))).toEqual(['A', 'B', 'C']);
  });

  test('returns an empty list for an empty queue', () => {
    expect(serveAll(new CallQueue())).toEqual([]);
  });

  test('serves a single caller', () => {
    expect(serveAll(queueOf(['Ana']))).toEqual(['Ana']);
  });
});
