// does not retry when fetchFn rejects with a network error
export async function fetchWithRetry(url, fetchFn, attempts = 3) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const response = await fetchFn(url);
    if (response.status >= 200 && response.status <= 299) {
      return response.body;
    }
    if (response.status >= 400 && response.status <= 499) {
      throw new Error(`Request failed with status ${response.status}`);
    }
    // a server error (500 or more): try again
  }
  throw new Error(`Gave up after ${attempts} attempts`);
}
