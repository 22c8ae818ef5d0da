// Catches everything and resolves with null, so the caller never learns that something failed.
export async function getJson(address) {
  try {
    const response = await fetch(address);
    if (!response.ok) {
      throw new Error(`Request failed with status ${response.status}`);
    }
    return await response.json();
  } catch (error) {
    return null;
  }
}
