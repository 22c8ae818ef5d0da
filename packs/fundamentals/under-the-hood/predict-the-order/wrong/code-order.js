// Wrong approach: predicts the order in which the lines are written, as if nothing were scheduled.
export const predictions = {
  breakfast: ["order tamales", "tamales ready", "pay"],
  promiseOrTimer: ["timer", "promise", "sync"],
  chain: ["then 1", "then 2", "timer", "sync"],
  delays: ["slow", "fast", "zero", "zero again"],
  insideTimer: ["timer 1", "promise from timer 1", "timer 2"],
  insidePromise: ["promise 1", "timer from promise 1", "promise from promise 1", "first timer", "sync"],
  executor: ["inside the executor", "paid", "after"],
};
