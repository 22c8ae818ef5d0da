import { describe, test, expect } from '@jest/globals';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const LOADING = /^Loading(…|\.\.\.)$/;
const NOT_FOUND = "We couldn't find order 7. Check the number and try again.";
const SERVER = 'Something went wrong on our side. Please try again in a few minutes.';
const OFFLINE = "We can't reach the server. Check your connection and try again.";

const field = () => screen.getByLabelText('Order number');
const button = () => screen.getByRole('button', { name: 'Track' });
const status = () => screen.getByRole('status');
const result = () => document.querySelector('#result');

// Types `value` in the field (replacing what was there) and clicks Track.
async function track(value) {
  await userEvent.clear(field());
  if (value) await userEvent.type(field(), value);
  await userEvent.click(button());
}

// Waits until the page has finished with the last search.
const settled = () => waitFor(() => expect(button()).toBeEnabled());

describe('tracking an order', () => {
  test('shows Loading… and disables the button while waiting, then shows the order', async () => {
    await track('1042');
    expect(status()).toHaveTextContent(LOADING);
    expect(button()).toBeDisabled();
    expect(await screen.findByText('Order 1042: On the way')).toBeInTheDocument();
  });

  test('after a success, the status is empty and the button works again', async () => {
    await settled();
    expect(status()).toHaveTextContent(/^$/);
  });

  test('asks the server for the order that was typed', () => {
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ method: 'GET', url: 'https://envios.example/api/orders/1042' });
  });

  test('404: says the order was not found, and the old order is gone', async () => {
    await track('7');
    expect(await screen.findByText(NOT_FOUND)).toBe(status());
    await settled();
    expect(result()).toHaveTextContent(/^$/);
  });

  test('500: says the problem is on the server side', async () => {
    await track('2001');
    expect(await screen.findByText(SERVER)).toBe(status());
    await settled();
    expect(result()).toHaveTextContent(/^$/);
  });

  test('network error: says the server cannot be reached', async () => {
    await track('3001');
    expect(await screen.findByText(OFFLINE)).toBe(status());
    await settled();
  });

  test('after an error, a good number shows the order and the message goes away', async () => {
    await track('  1042 ');
    expect(await screen.findByText('Order 1042: On the way')).toBeInTheDocument();
    await settled();
    expect(status()).toHaveTextContent(/^$/);
    expect(requests().at(-1).url).toBe('https://envios.example/api/orders/1042');
  });

  test('an empty field sends nothing and asks for a number', async () => {
    const before = requests().length;
    await track('   ');
    expect(status()).toHaveTextContent('Type your order number.');
    expect(requests()).toHaveLength(before);
    expect(button()).toBeEnabled();
  });
});
