import { describe, test, expect } from '@jest/globals';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const LOADING = /^Loading(…|\.\.\.)$/;
const button = () => screen.getByRole('button', { name: 'Show weather' });
const status = () => screen.getByRole('status');

describe('weather with a loading state', () => {
  test('nothing happens before the click', () => {
    expect(requests()).toHaveLength(0);
    expect(status()).toBeEmptyDOMElement();
    expect(button()).toBeEnabled();
  });

  test('shows Loading… and disables the button right after the click, then shows the weather', async () => {
    await userEvent.click(button());
    expect(status()).toHaveTextContent(LOADING);
    expect(button()).toBeDisabled();
    expect(await screen.findByText('Mérida: 36 °C, Sunny')).toBeInTheDocument();
  });

  test('once the weather is shown, the status is empty again', () => {
    expect(status()).toHaveTextContent(/^$/);
  });

  test('once the weather is shown, the button works again', () => {
    expect(button()).toBeEnabled();
  });

  test('asks for the weather of the city in the page address', () => {
    expect(requests()).toHaveLength(1);
    const url = new URL(requests()[0].url);
    expect(requests()[0].method).toBe('GET');
    expect(url.pathname).toBe('/api/weather');
    expect(url.searchParams.get('city')).toBe('Mérida');
  });

  test('two quick clicks send only one request', async () => {
    const before = requests().length;
    await userEvent.click(button());
    await userEvent.click(button());
    await waitFor(() => expect(button()).toBeEnabled());
    expect(requests().length - before).toBe(1);
    expect(screen.getByText('Mérida: 36 °C, Sunny')).toBeInTheDocument();
  });
});
