export function marketCalls(n) {
  // Your code here
}
