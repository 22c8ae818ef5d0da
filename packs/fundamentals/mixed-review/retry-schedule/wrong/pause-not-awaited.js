// Fixes the loop and the awaited send, but the pause is still not awaited: the next attempt
// starts at once instead of after the delay.
function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Sends an SMS reminder through an unreliable gateway. Tries once, and after each failure
// waits for the next delay in `delays` and tries again.
export async function sendReminder(gateway, message, delays = [1000, 2000, 4000]) {
  let lastError;
  for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
    try {
      const id = await gateway.send(message);
      return { id, attempts: attempt };
    } catch (error) {
      lastError = error;
      if (attempt <= delays.length) {
        pause(delays[attempt - 1]);
      }
    }
  }
  throw new Error(`Gave up after ${delays.length + 1} attempts: ${lastError.message}`);
}
