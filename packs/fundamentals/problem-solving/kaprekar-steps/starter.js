export function kaprekarSteps(n) {
  // Your code here
}
