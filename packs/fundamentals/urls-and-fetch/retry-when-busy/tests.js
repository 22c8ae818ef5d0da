import { describe, test, expect } from '@jest/globals';
import { requests } from 'puente/page';
import { getJsonWithRetry } from './solution';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs `work` and returns the requests the page made meanwhile.
async function sentDuring(work) {
  const before = requests().length;
  await work();
  return requests().slice(before);
}

describe('getJsonWithRetry', () => {
  test('returns the JSON of an OK answer after one request', async () => {
    let data;
    const sent = await sentDuring(async () => {
      data = await getJsonWithRetry('/api/arrivals/insurgentes');
    });
    expect(data).toEqual([{ line: '1', minutes: 3 }, { line: '1', minutes: 11 }]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'GET', url: 'https://metrobus.example/api/arrivals/insurgentes' });
  });

  test('does not retry a 404', async () => {
    const sent = await sentDuring(async () => {
      await expect(getJsonWithRetry('/api/arrivals/xola')).rejects.toThrow('Request failed with status 404');
    });
    expect(sent).toHaveLength(1);
  });

  test('does not retry a 500', async () => {
    const sent = await sentDuring(async () => {
      await expect(getJsonWithRetry('/api/arrivals/etiopia')).rejects.toThrow('Request failed with status 500');
    });
    expect(sent).toHaveLength(1);
  });

  test('tries a 503 exactly twice, then rejects', async () => {
    const sent = await sentDuring(async () => {
      await expect(getJsonWithRetry('/api/arrivals/buenavista')).rejects.toThrow('Request failed with status 503');
    });
    expect(sent.map((r) => r.url)).toEqual([
      'https://metrobus.example/api/arrivals/buenavista',
      'https://metrobus.example/api/arrivals/buenavista',
    ]);
  });

  test('waits about a second before the second try', async () => {
    const before = requests().length;
    const result = getJsonWithRetry('/api/arrivals/buenavista').catch((error) => error);
    await sleep(900);
    expect(requests().length - before).toBe(1);
    await sleep(200);
    expect(requests().length - before).toBe(2);
    expect(await result).toBeInstanceOf(Error);
  });

  test('returns the data when the second try works', async () => {
    // This server is busy only the first time: the first request gets a 503.
    const realFetch = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (address, options) => {
      calls += 1;
      if (calls === 1) {
        return Promise.resolve(new Response(JSON.stringify({ error: 'busy' }), { status: 503 }));
      }
      return realFetch(address, options);
    };
    try {
      await expect(getJsonWithRetry('/api/arrivals/insurgentes')).resolves.toEqual([
        { line: '1', minutes: 3 },
        { line: '1', minutes: 11 },
      ]);
      expect(calls).toBe(2);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  test('does not retry a network error, and passes it on', async () => {
    const sent = await sentDuring(async () => {
      await expect(getJsonWithRetry('/api/arrivals/tacubaya')).rejects.toThrow(TypeError);
    });
    expect(sent).toHaveLength(1);
  });
});
