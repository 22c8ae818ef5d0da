// Wrong: thinks the then on the kitchen's promise runs as a microtask right away, before the
// promise is resolved, and that a timer set by a microtask jumps ahead of older timers.
export const predictions = {
  orderPlaced: ["order received", "show receipt", "payment confirmed", "driver assigned"],
  passTheValue: ["waiting", "cooking 3", "warming 6"],
  twoKitchens: ["grill 1", "fryer 1", "grill 2", "fryer 2"],
  countdown: ["start", "ready in 3", "ready in 2", "ready in 1"],
  timerFromPromise: ["promise", "timer from promise", "0 ms", "10 ms"],
  slowKitchen: ["kitchen starts", "app shows spinner", "deliver undefined", "driver waiting", "kitchen done"],
};
