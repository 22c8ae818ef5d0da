export function validateAge(age) {
  // Your code here
}
