// Wrong approach: retries at once, without waiting delayMs between attempts.
function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function withRetry(task, attempts = 3, delayMs = 1000) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
