// Parses the body before looking at the status, so a text error page rejects with a SyntaxError.
export async function getJson(address) {
  const response = await fetch(address);
  const data = await response.json();
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return data;
}
