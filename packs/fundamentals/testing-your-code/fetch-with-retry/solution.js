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
    const { fetchFn, calls } = fakeFetch([{ status: 200, body: "19.80" }]);
    expect(await fetchWithRetry(URL, fetchFn)).toBe("19.80");
    expect(calls).toEqual([URL]);
  });

  test('tries again after a server error', async () => {
    const { fetchFn } = fakeFetch([{ status: 503, body: "" }, { status: 200, body: "19.80" }]);
    expect(await fetchWithRetry(URL, fetchFn)).toBe("19.80");
  });

  test('succeeds on the last of three attempts', async () => {
    const { fetchFn, calls } = fakeFetch([
      { status: 500, body: "" },
      { status: 502, body: "" },
      { status: 200, body: "19.80" },
    ]);
    expect(await fetchWithRetry(URL, fetchFn)).toBe("19.80");
    expect(calls).toHaveLength(3);
  });

  test('tries again after a network error', async () => {
    const { fetchFn } = fakeFetch([new Error("connection reset"), { status: 200, body: "19.80" }]);
    expect(await fetchWithRetry(URL, fetchFn)).toBe("19.80");
  });

  test('fails at once on a client error, without retrying', async () => {
    const { fetchFn, calls } = fakeFetch([{ status: 404, body: "" }, { status: 200, body: "19.80" }]);
    await expect(fetchWithRetry(URL, fetchFn)).rejects.toThrow("Request failed with status 404");
    expect(calls).toHaveLength(1);
  });

  test('gives up after three failed attempts', async () => {
    const { fetchFn } = fakeFetch([
      { status: 503, body: "" },
      new Error("timeout"),
      { status: 500, body: "" },
    ]);
    await expect(fetchWithRetry(URL, fetchFn)).rejects.toThrow("Gave up after 3 attempts");
  });

  test('makes as many attempts as it is told', async () => {
    const { fetchFn, calls } = fakeFetch([
      { status: 503, body: "" },
      { status: 503, body: "" },
      { status: 503, body: "" },
      { status: 503, body: "" },
      { status: 200, body: "19.80" },
    ]);
    expect(await fetchWithRetry(URL, fetchFn, 5)).toBe("19.80");
    expect(calls).toHaveLength(5);
  });
});
