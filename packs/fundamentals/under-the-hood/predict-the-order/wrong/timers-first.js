// Wrong approach: runs timers of 0 ms before promise callbacks, as if they were in line first.
export const predictions = {
  breakfast: ["order tamales", "pay", "tamales ready"],
  promiseOrTimer: ["sync", "timer", "promise"],
  chain: ["sync", "timer", "then 1", "then 2"],
  delays: ["zero", "zero again", "fast", "slow"],
  insideTimer: ["timer 1", "timer 2", "promise from timer 1"],
  insidePromise: ["sync", "first timer", "promise 1", "promise from promise 1", "timer from promise 1"],
  executor: ["after", "inside the executor", "paid"],
};
