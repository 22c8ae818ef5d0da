import { describe, test, expect } from '@jest/globals';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const field = () => screen.getByLabelText('Search products');
const status = () => screen.getByRole('status');
const items = () => [...document.querySelectorAll('#results li')].map((li) => li.textContent.trim());
const lastQuery = () => new URL(requests().at(-1).url).searchParams.get('q');

// Types `value` in the field (replacing what was there) and sends the form.
async function search(value) {
  await userEvent.clear(field());
  if (value) await userEvent.type(field(), value);
  await userEvent.click(screen.getByRole('button', { name: 'Search' }));
}

describe('searching the bakery', () => {
  test('shows one item per product, with its price', async () => {
    await search('pan dulce');
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(items()).toEqual(['Concha: $12.50', 'Oreja: $14.00', 'Cuernito: $11.00']);
  });

  test('sends the search in the q parameter of GET /api/products', () => {
    expect(requests()).toHaveLength(1);
    const url = new URL(requests()[0].url);
    expect(requests()[0].method).toBe('GET');
    expect(url.pathname).toBe('/api/products');
    expect(url.searchParams.get('q')).toBe('pan dulce');
  });

  test('a new search replaces the old results', async () => {
    await search('café');
    await waitFor(() => expect(items()).toEqual(['Café de olla: $35.00']));
  });

  test('a search with no products says so and leaves the list empty', async () => {
    await search('zzz');
    expect(await screen.findByText('No products match "zzz".')).toBe(status());
    expect(items()).toEqual([]);
  });

  test('results make the old message go away', async () => {
    await search('café');
    await waitFor(() => expect(items()).toEqual(['Café de olla: $35.00']));
    expect(status()).toHaveTextContent(/^$/);
  });

  test('keeps & and accents inside the search', async () => {
    await search('Pan & café');
    expect(await screen.findByText('No products match "Pan & café".')).toBeInTheDocument();
    expect(lastQuery()).toBe('Pan & café');
  });

  test('ignores spaces around the search', async () => {
    await search('   café  ');
    await waitFor(() => expect(items()).toEqual(['Café de olla: $35.00']));
    expect(lastQuery()).toBe('café');
  });

  test('an empty search sends nothing', async () => {
    const before = requests().length;
    await search('   ');
    expect(await screen.findByText('Type something to search.')).toBe(status());
    expect(requests()).toHaveLength(before);
  });
});
