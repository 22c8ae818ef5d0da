import { describe, test, expect } from '@jest/globals';
import { requests } from 'puente/page';
import { getJson } from './solution';

describe('getJson', () => {
  test('returns the parsed body of an OK response', async () => {
    await expect(getJson('/api/branches')).resolves.toEqual([
      { city: 'Monterrey', open: true },
      { city: 'Mérida', open: false },
    ]);
  });

  test('rejects on 404 Not Found', async () => {
    await expect(getJson('/api/branches/99')).rejects.toThrow('Request failed with status 404');
  });

  test('rejects with an Error object', async () => {
    await expect(getJson('/api/branches/99')).rejects.toBeInstanceOf(Error);
  });

  test('rejects on 500, even when the body is not JSON', async () => {
    await expect(getJson('/api/report')).rejects.toThrow('Request failed with status 500');
  });

  test('rejects on 503, even when the body is JSON', async () => {
    await expect(getJson('/api/stock')).rejects.toThrow('Request failed with status 503');
  });

  test('passes a network error on to the caller', async () => {
    await expect(getJson('/api/prices')).rejects.toThrow(TypeError);
    await expect(getJson('/api/prices')).rejects.toThrow('Failed to fetch');
  });

  test('sends one GET request to the address it was given', async () => {
    const before = requests().length;
    await getJson('/api/branches');
    const sent = requests().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'GET', url: 'https://tienda.example/api/branches' });
  });
});
