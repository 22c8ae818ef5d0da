export async function withRetry(task, attempts = 3, delayMs = 1000) {
  // Your code here
}
