import { describe, test, expect } from '@jest/globals';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const field = () => screen.getByLabelText('City');
const button = () => screen.getByRole('button', { name: 'Find stores' });
const status = () => screen.getByRole('status');
const items = () => [...document.querySelectorAll('#stores li')].map((li) => li.textContent.trim());
const lastCity = () => new URL(requests().at(-1).url).searchParams.get('city');

async function find(city) {
  await userEvent.clear(field());
  if (city) await userEvent.type(field(), city);
  await userEvent.click(button());
}

describe('the store finder', () => {
  test('opens with the city of the link, decoded, and is loading', () => {
    expect(field()).toHaveValue('San Luis Potosí');
    expect(status()).toHaveTextContent('Loading stores…');
    expect(button()).toBeDisabled();
  });

  test('asks the API for that city', () => {
    expect(requests()).toHaveLength(1);
    const url = new URL(requests()[0].url);
    expect(requests()[0].method).toBe('GET');
    expect(url.pathname).toBe('/api/stores');
    expect(url.searchParams.get('city')).toBe('San Luis Potosí');
  });

  test('shows the stores of the link\'s city', async () => {
    await waitFor(() => expect(status()).toHaveTextContent('3 stores in San Luis Potosí'));
    expect(items()).toEqual([
      'Ceiba Carranza, Av. Venustiano Carranza 1120 (open 24 hours)',
      'Ceiba Himno, Av. Himno Nacional 2400',
      'Ceiba Centro, Calle Zaragoza 310',
    ]);
    expect(button()).toBeEnabled();
  });

  test('a search replaces the list, with the city trimmed', async () => {
    await find('  Mérida ');
    expect(lastCity()).toBe('Mérida');
    await waitFor(() => expect(status()).toHaveTextContent('2 stores in Mérida'));
    expect(items()).toEqual([
      'Ceiba Paseo de Montejo, Paseo de Montejo 480 (open 24 hours)',
      'Ceiba Altabrisa, Calle 7 #451, Altabrisa',
    ]);
  });

  test('an empty field sends nothing', async () => {
    const before = requests().length;
    await find('   ');
    expect(status()).toHaveTextContent('Write a city.');
    expect(requests()).toHaveLength(before);
  });

  test('404: no stores in that city yet', async () => {
    await find('Tijuana');
    await waitFor(() => expect(status()).toHaveTextContent('No stores in Tijuana yet.'));
    expect(items()).toEqual([]);
    expect(button()).toBeEnabled();
  });

  test('another failed status: the list is not available', async () => {
    await find('Mérida');
    await waitFor(() => expect(items()).toHaveLength(2));
    await find('Oaxaca');
    await waitFor(() =>
      expect(status()).toHaveTextContent('The store list is not available right now. Try again later.'),
    );
    expect(items()).toEqual([]);
    expect(button()).toBeEnabled();
  });

  test('a network error: check the connection, and the button comes back', async () => {
    await find('Puebla');
    await waitFor(() => expect(status()).toHaveTextContent('Check your internet connection and try again.'));
    expect(items()).toEqual([]);
    expect(button()).toBeEnabled();
  });
});
