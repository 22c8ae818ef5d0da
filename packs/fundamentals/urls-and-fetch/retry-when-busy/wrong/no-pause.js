// Retries at once, without giving the busy server a moment.
export async function getJsonWithRetry(address) {
  let response = await fetch(address);
  if (response.status === 503) {
    response = await fetch(address);
  }
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
