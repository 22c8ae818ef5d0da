export function makeTipCalculator(percent) {
  // Your code here
}
