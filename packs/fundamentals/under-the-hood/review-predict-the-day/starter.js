export const predictions = {
  orderPlaced: [],
  passTheValue: [],
  twoKitchens: [],
  countdown: [],
  timerFromPromise: [],
  slowKitchen: [],
};
