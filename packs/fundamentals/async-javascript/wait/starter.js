export function wait(ms, value) {
  // Your code here
}
