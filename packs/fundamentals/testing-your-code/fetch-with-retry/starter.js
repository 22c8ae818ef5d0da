import { fetchWithRetry } from './solution';

const URL = "https://api.example.com/exchange-rate";

// A fake fetch that follows a script: one answer per call, in order.
// An answer is either a response like { status: 200, body: "19.80" }
// or an Error, which the fake rejects with (like a network failure).
// `calls` records every URL it was called with.
function fakeFetch(answers) {
  const calls = [];
  async function fetchFn(url) {
    calls.push(url);
    const answer = answers[calls.length - 1];
    if (answer instanceof Error) {
      throw answer;
    }
    return answer;
  }
  return { fetchFn, calls };
}

describe('fetchWithRetry', () => {
  test('returns the body when the first call succeeds', async () => {
    const { fetchFn } = fakeFetch([{ status: 200, body: "19.80" }]);
    const body = await fetchWithRetry(URL, fetchFn);
    expect(body).toBe("19.80");
  });

  // Add your tests here.
});
