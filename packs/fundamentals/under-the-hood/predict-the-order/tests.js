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
  test('breakfast: a timer waits for the code that set it', async () => {
    expect(firstDifference(predictions.breakfast, await run(programs.breakfast))).toBe(-1);
  });

  test('promiseOrTimer: who goes first, a promise callback or a timer?', async () => {
    expect(firstDifference(predictions.promiseOrTimer, await run(programs.promiseOrTimer))).toBe(-1);
  });

  test('chain: two thens against one timer', async () => {
    expect(firstDifference(predictions.chain, await run(programs.chain))).toBe(-1);
  });

  test('delays: four timers with different delays', async () => {
    expect(firstDifference(predictions.delays, await run(programs.delays))).toBe(-1);
  });

  test('insideTimer: a promise callback scheduled inside a timer', async () => {
    expect(firstDifference(predictions.insideTimer, await run(programs.insideTimer))).toBe(-1);
  });

  test('insidePromise: a timer and a promise scheduled inside a promise callback', async () => {
    expect(firstDifference(predictions.insidePromise, await run(programs.insidePromise))).toBe(-1);
  });

  test('executor: when does the function given to new Promise run?', async () => {
    expect(firstDifference(predictions.executor, await run(programs.executor))).toBe(-1);
  });
});
