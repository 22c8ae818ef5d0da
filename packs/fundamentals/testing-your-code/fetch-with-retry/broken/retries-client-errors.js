// retries after a 4xx error instead of failing at once
export async function fetchWithRetry(url, fetchFn, attempts = 3) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response;
    try {
      response = await fetchFn(url);
    } catch (error) {
      continue; // a network error: try again
    }
    if (response.status >= 200 && response.status <= 299) {
      return response.body;
    }
    // any other status: try again
  }
  throw new Error(`Gave up after ${attempts} attempts`);
}
