// Returns the send's promise with then instead of awaiting it: a rejection is not caught by
// the try, so the first failure rejects the whole function with no retry.
function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Sends an SMS reminder through an unreliable gateway. Tries once, and after each failure
// waits for the next delay in `delays` and tries again.
export async function sendReminder(gateway, message, delays = [1000, 2000, 4000]) {
  let lastError;
  for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
    try {
      return gateway.send(message).then((id) => ({ id, attempts: attempt }));
    } catch (error) {
      lastError = error;
      if (attempt <= delays.length) {
        await pause(delays[attempt - 1]);
      }
    }
  }
  throw new Error(`Gave up after ${delays.length + 1} attempts: ${lastError.message}`);
}
