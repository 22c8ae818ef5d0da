// Wrong: reads the programs top to bottom, as if nothing were scheduled for later, and thinks
// the timers run in the order they were set.
export const predictions = {
  orderPlaced: ["order received", "driver assigned", "payment confirmed", "show receipt"],
  passTheValue: ["cooking 3", "warming 6", "waiting"],
  twoKitchens: ["grill 1", "grill 2", "fryer 1", "fryer 2"],
  countdown: ["ready in 1", "ready in 2", "ready in 3", "start"],
  timerFromPromise: ["10 ms", "promise", "timer from promise", "0 ms"],
  slowKitchen: ["kitchen starts", "kitchen done", "deliver tacos", "driver waiting", "app shows spinner"],
};
