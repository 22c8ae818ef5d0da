// Retries after any bad status, so a 404 or a 500 is asked for twice.
function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function getJsonWithRetry(address) {
  let response = await fetch(address);
  if (!response.ok) {
    await wait(1000);
    response = await fetch(address);
  }
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
