import { describe, test, expect } from '@jest/globals';
import { countdown } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function recorder() {
  const events = [];
  return {
    events,
    onTick: (n) => events.push(n),
    onDone: () => events.push("done"),
  };
}

describe('countdown', () => {
  test('shows the first number right away', () => {
    const r = recorder();
    countdown(3, r.onTick, r.onDone);
    expect(r.events).toEqual([3]);
  });

  test('counts down once per second', async () => {
    const r = recorder();
    countdown(3, r.onTick, r.onDone);
    await sleep(1100);
    expect(r.events).toEqual([3, 2]);
    await sleep(1000);
    expect(r.events).toEqual([3, 2, 1]);
  });

  test('calls onDone after the last second', async () => {
    const r = recorder();
    countdown(3, r.onTick, r.onDone);
    await sleep(2900);
    expect(r.events).toEqual([3, 2, 1]);
    await sleep(200);
    expect(r.events).toEqual([3, 2, 1, "done"]);
  });

  test('stops completely after onDone', async () => {
    const r = recorder();
    countdown(2, r.onTick, r.onDone);
    await sleep(10000);
    expect(r.events).toEqual([2, 1, "done"]);
  });

  test('counting from 1 shows 1, then finishes', async () => {
    const r = recorder();
    countdown(1, r.onTick, r.onDone);
    await sleep(1500);
    expect(r.events).toEqual([1, "done"]);
  });

  test('calls onDone right away for 0', async () => {
    const r = recorder();
    countdown(0, r.onTick, r.onDone);
    expect(r.events).toEqual(["done"]);
    await sleep(3000);
    expect(r.events).toEqual(["done"]);
  });

  test('treats a negative number like 0', async () => {
    const r = recorder();
    countdown(-5, r.onTick, r.onDone);
    await sleep(3000);
    expect(r.events).toEqual(["done"]);
  });

  test('handles a long countdown', async () => {
    const r = recorder();
    countdown(90, r.onTick, r.onDone);
    await sleep(95000);
    expect(r.events).toHaveLength(91);
    expect(r.events[0]).toBe(90);
    expect(r.events[89]).toBe(1);
    expect(r.events[90]).toBe("done");
  });
});
