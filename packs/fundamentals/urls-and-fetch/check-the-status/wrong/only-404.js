// Only treats 404 as a failure, so a 500 or a 503 is read as data.
export async function getJson(address) {
  const response = await fetch(address);
  if (response.status === 404) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
