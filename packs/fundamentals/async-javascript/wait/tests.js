import { describe, test, expect } from '@jest/globals';
import { wait } from './solution';

describe('wait', () => {
  test('returns a promise', () => {
    expect(wait(10, "x")).toBeInstanceOf(Promise);
  });

  test('fulfills with the value it was given', async () => {
    await expect(wait(2000, "Bus arrived")).resolves.toBe("Bus arrived");
  });

  test('fulfills with undefined when no value is given', async () => {
    const promise = wait(500);
    expect(promise).toBeInstanceOf(Promise);
    await expect(promise).resolves.toBeUndefined();
  });

  test('is still pending before the time is up', async () => {
    let done = false;
    wait(5000, "late").then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 4900));
    expect(done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toBe(true);
  });

  test('works with 0 milliseconds', async () => {
    await expect(wait(0, 0)).resolves.toBe(0);
  });

  test('passes objects through unchanged', async () => {
    const trip = { route: "12", stop: "Plaza" };
    await expect(wait(100, trip)).resolves.toBe(trip);
  });

  test('lets a shorter wait finish first', async () => {
    const order = [];
    const slow = wait(3000, "slow").then((v) => order.push(v));
    const fast = wait(1000, "fast").then((v) => order.push(v));
    await slow;
    await fast;
    expect(order).toEqual(["fast", "slow"]);
  });
});
