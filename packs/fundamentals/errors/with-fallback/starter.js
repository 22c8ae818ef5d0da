export function withFallback(task, fallback) {
  // Your code here
}
