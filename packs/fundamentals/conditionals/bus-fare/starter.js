export function busFare(age) {
  // Your code here
}
