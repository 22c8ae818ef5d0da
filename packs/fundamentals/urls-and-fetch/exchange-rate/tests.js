import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';
import { getRate } from './solution';

const RATE_URL = 'https://cambio.example/api/rates/usd-mxn';

describe('the page', () => {
  test('asks the server for the rate once when it loads', () => {
    const sent = requests();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'GET', url: RATE_URL });
  });

  test('shows the rate in pesos', async () => {
    expect(await screen.findByText('1 USD = $17.12 MXN')).toHaveAttribute('id', 'rate');
  });

  test('shows the date of the rate', async () => {
    expect(await screen.findByText('Updated 2025-05-10')).toHaveAttribute('id', 'updated');
  });
});

describe('getRate', () => {
  test('returns the rate as an object', async () => {
    await expect(getRate()).resolves.toEqual({ from: 'USD', to: 'MXN', centavos: 1712, date: '2025-05-10' });
  });

  test('the amount is a number of centavos, not text', async () => {
    const rate = await getRate();
    expect(typeof rate.centavos).toBe('number');
  });

  test('asks the server again each time it is called', async () => {
    const before = requests().length;
    await getRate();
    await getRate();
    const sent = requests().slice(before);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${RATE_URL}`, `GET ${RATE_URL}`]);
  });
});
