// Also retries when the network is down, and then hides the fetch error behind its own.
function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function tryFetch(address) {
  try {
    return await fetch(address);
  } catch (error) {
    return { ok: false, status: 503 };
  }
}

export async function getJsonWithRetry(address) {
  let response = await tryFetch(address);
  if (response.status === 503) {
    await wait(1000);
    response = await tryFetch(address);
  }
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}
