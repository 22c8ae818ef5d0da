import { describe, test, expect } from '@jest/globals';
import { nextOrders, serveFirst } from './solution';

const makeQueue = () => ["#101 pastor", "#102 birria", "#103 quesadilla", "#104 gringa"];

describe('nextOrders', () => {
  test('returns the first two orders', () => {
    expect(nextOrders(makeQueue(), 2)).toEqual(["#101 pastor", "#102 birria"]);
  });

  test('returns exactly count orders', () => {
    expect(nextOrders(makeQueue(), 3)).toHaveLength(3);
  });

  test('returns every order when there are fewer than count', () => {
    expect(nextOrders(["#201 tacos"], 3)).toEqual(["#201 tacos"]);
  });

  test('returns an empty array for an empty queue', () => {
    expect(nextOrders([], 5)).toEqual([]);
  });

  test('does not change the queue', () => {
    const queue = makeQueue();
    nextOrders(queue, 2);
    expect(queue).toEqual(makeQueue());
  });
});

describe('serveFirst', () => {
  test('returns the queue without its first order', () => {
    expect(serveFirst(makeQueue())).toEqual(["#102 birria", "#103 quesadilla", "#104 gringa"]);
  });

  test('leaves the original queue as it was', () => {
    const queue = makeQueue();
    serveFirst(queue);
    expect(queue).toEqual(makeQueue());
  });

  test('returns a different array from the one it received', () => {
    const queue = makeQueue();
    expect(serveFirst(queue)).not.toBe(queue);
  });

  test('serving the only order leaves an empty queue', () => {
    expect(serveFirst(["#300 torta"])).toEqual([]);
  });
});
