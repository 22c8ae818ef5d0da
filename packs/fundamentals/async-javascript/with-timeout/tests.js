import { describe, test, expect } from '@jest/globals';
import { withTimeout } from './solution';

function answerAfter(ms, value) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function failAfter(ms, message) {
  return new Promise((resolve, reject) => setTimeout(() => reject(new Error(message)), ms));
}

describe('withTimeout', () => {
  test('returns a promise', () => {
    const result = withTimeout(answerAfter(10, "ok"), 100);
    expect(result).toBeInstanceOf(Promise);
    return result;
  });

  test('gives the answer when it arrives in time', async () => {
    await expect(withTimeout(answerAfter(1000, "Approved"), 3000)).resolves.toBe("Approved");
  });

  test('times out when the answer is too slow', async () => {
    await expect(withTimeout(answerAfter(5000, "Approved"), 3000)).rejects.toThrow(
      "Timed out after 3000 ms"
    );
  });

  test('times out when the promise never settles', async () => {
    await expect(withTimeout(new Promise(() => {}), 2500)).rejects.toThrow("Timed out after 2500 ms");
  });

  test('rejects with an Error object', async () => {
    await expect(withTimeout(new Promise(() => {}), 10)).rejects.toThrow(Error);
  });

  test('passes on the error of a promise that fails in time', async () => {
    await expect(withTimeout(failAfter(500, "Card declined"), 3000)).rejects.toThrow("Card declined");
  });

  test('lets an already fulfilled promise win', async () => {
    await expect(withTimeout(Promise.resolve(5), 0)).resolves.toBe(5);
  });

  test('keeps falsy values like 0 and empty text', async () => {
    await expect(withTimeout(answerAfter(100, 0), 1000)).resolves.toBe(0);
    await expect(withTimeout(answerAfter(100, ""), 1000)).resolves.toBe("");
  });

  test('waits the full time limit before giving up', async () => {
    let outcome = "pending";
    withTimeout(new Promise(() => {}), 4000).catch(() => {
      outcome = "timed out";
    });
    await answerAfter(3900);
    expect(outcome).toBe("pending");
    await answerAfter(200);
    expect(outcome).toBe("timed out");
  });
});
