export const predictions = {
  breakfast: ["order tamales", "pay", "tamales ready"],
  promiseOrTimer: [],
  chain: [],
  delays: [],
  insideTimer: [],
  insidePromise: [],
  executor: [],
};
