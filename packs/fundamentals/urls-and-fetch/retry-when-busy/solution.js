function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Fetches `address` and returns its JSON. On 503, waits a second and tries once more.
export async function getJsonWithRetry(address) {
  let response = await fetch(address);
  if (response.status === 503) {
    await wait(1000);
    response = await fetch(address);
  }
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
