// Wrong approach: pauses after every failure, including the last one, before rejecting.
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
      await pause(delayMs);
    }
  }
  throw lastError;
}
