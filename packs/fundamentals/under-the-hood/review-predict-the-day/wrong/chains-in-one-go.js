// Wrong: runs each chain of thens to the end before the other chain starts.
export const predictions = {
  orderPlaced: ["order received", "show receipt", "payment confirmed", "driver assigned"],
  passTheValue: ["waiting", "cooking 3", "warming 6"],
  twoKitchens: ["grill 1", "grill 2", "fryer 1", "fryer 2"],
  countdown: ["start", "ready in 3", "ready in 2", "ready in 1"],
  timerFromPromise: ["promise", "0 ms", "timer from promise", "10 ms"],
  slowKitchen: ["kitchen starts", "app shows spinner", "driver waiting", "kitchen done", "deliver tacos"],
};
