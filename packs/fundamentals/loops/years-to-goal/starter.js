export function yearsToGoal(start, goal, rate) {
  // Your code here
}
