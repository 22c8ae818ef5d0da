import { describe, test, expect } from '@jest/globals';
import * as programs from './programs.js';
import { predictions } from './solution';

// Runs one program, waits until all its promise callbacks and timers have run (on Puente's
// virtual clock this takes no real time) and returns what it logged, in order.
async function run(program) {
  const seen = [];
  program((message) => seen.push(message));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return seen;
}

// The position (counting from 0) of the first message of the prediction that differs from what
// really happened, or -1 when the prediction is exactly right. A failing test shows this
// position rather than the right answer, so you can think again.
function firstDifference(prediction, actual) {
  if (!Array.isArray(prediction)) return 0;
  const longest = Math.max(prediction.length, actual.length);
  for (let i = 0; i < longest; i++) {
    if (prediction[i] !== actual[i]) return i;
  }
  return -1;
}

describe('predictions', () => {
  test('orderPlaced: the program first, then microtasks, then timers', async () => {
    expect(firstDifference(predictions.orderPlaced, await run(programs.orderPlaced))).toBe(-1);
  });

  test('passTheValue: values travel down a chain of thens', async () => {
    expect(firstDifference(predictions.passTheValue, await run(programs.passTheValue))).toBe(-1);
  });

  test('twoKitchens: two chains share one microtask line', async () => {
    expect(firstDifference(predictions.twoKitchens, await run(programs.twoKitchens))).toBe(-1);
  });

  test('countdown: timers set in a loop with different delays', async () => {
    expect(firstDifference(predictions.countdown, await run(programs.countdown))).toBe(-1);
  });

  test('timerFromPromise: a timer scheduled by a microtask', async () => {
    expect(firstDifference(predictions.timerFromPromise, await run(programs.timerFromPromise))).toBe(-1);
  });

  test('slowKitchen: a promise resolved inside a timer', async () => {
    expect(firstDifference(predictions.slowKitchen, await run(programs.slowKitchen))).toBe(-1);
  });
});
