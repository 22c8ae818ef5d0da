export const predictions = {
  breakfast: ["order tamales", "pay", "tamales ready"],
  promiseOrTimer: ["sync", "promise", "timer"],
  chain: ["sync", "then 1", "then 2", "timer"],
  delays: ["zero", "zero again", "fast", "slow"],
  insideTimer: ["timer 1", "promise from timer 1", "timer 2"],
  insidePromise: ["sync", "promise 1", "promise from promise 1", "first timer", "timer from promise 1"],
  executor: ["inside the executor", "after", "paid"],
};
