// always makes 3 attempts, whatever attempts says
export async function fetchWithRetry(url, fetchFn, attempts = 3) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    let response;
    try {
      response = await fetchFn(url);
    } catch (error) {
      continue; // a network error: try again
    }
    if (response.status >= 200 && response.status <= 299) {
      return response.body;
    }
    if (response.status >= 400 && response.status <= 499) {
      throw new Error(`Request failed with status ${response.status}`);
    }
    // a server error (500 or more): try again
  }
  throw new Error(`Gave up after 3 attempts`);
}
