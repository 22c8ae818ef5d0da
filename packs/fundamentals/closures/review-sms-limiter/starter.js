export function makeSmsGuard(limit, windowSeconds) {
  // Your code here
}
