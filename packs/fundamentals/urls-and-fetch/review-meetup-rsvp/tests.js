import { describe, test, expect } from '@jest/globals';
import { screen, waitFor, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const URL_RSVP = 'https://jsgdl.example/api/meetups/42/rsvps';
const nameField = () => screen.getByLabelText('Your name');
const email = () => screen.getByLabelText('Email');
const guests = () => screen.getByLabelText('Friends coming with you');
const button = () => document.querySelector('#rsvp button');
const status = () => screen.getByRole('status');
const error = (field) => document.querySelector(`#${field}-error`).textContent;

async function send(name, mail, friends) {
  fireEvent.input(nameField(), { target: { value: name } });
  fireEvent.input(email(), { target: { value: mail } });
  await userEvent.selectOptions(guests(), friends);
  await userEvent.click(button());
}

describe('the RSVP form', () => {
  test('sends a JSON POST with the trimmed fields and the guests as a number', async () => {
    await send('  Ximena Torres ', ' ximena@correo ', '3');
    await waitFor(() => expect(requests()).toHaveLength(1));
    const sent = requests()[0];
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(URL_RSVP);
    expect(sent.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(sent.body)).toEqual({ name: 'Ximena Torres', email: 'ximena@correo', guests: 3 });
  });

  test('the button is disabled and says Sending… while waiting', () => {
    expect(button()).toBeDisabled();
    expect(button()).toHaveTextContent('Sending…');
  });

  test('422: each field the server names gets its message and aria-invalid', async () => {
    await waitFor(() => expect(status()).toHaveTextContent('Please fix the fields marked in red.'));
    expect(error('email')).toBe('Use a real email address.');
    expect(error('guests')).toBe('Only 2 friends per person: the room is full.');
    expect(error('name')).toBe('');
    expect(email()).toHaveAttribute('aria-invalid', 'true');
    expect(guests()).toHaveAttribute('aria-invalid', 'true');
    expect(nameField()).toHaveAttribute('aria-invalid', 'false');
    expect(button()).toBeEnabled();
    expect(button()).toHaveTextContent('RSVP');
    expect(email().value.trim()).toBe('ximena@correo');
  });

  test('409: the email already has a ticket, and the old field messages are gone', async () => {
    await send('Ximena Torres', 'ximena@correo.mx', '1');
    await waitFor(() => expect(status()).toHaveTextContent('This email already has a ticket.'));
    expect(error('email')).toBe('');
    expect(error('guests')).toBe('');
    expect(email()).toHaveAttribute('aria-invalid', 'false');
    expect(guests()).toHaveAttribute('aria-invalid', 'false');
    expect(document.querySelector('#rsvp')).toBeVisible();
  });

  test('another status: something went wrong', async () => {
    await send('Ximena Torres', 'ximena.t@correo.mx', '1');
    await waitFor(() => expect(status()).toHaveTextContent('Something went wrong. Please try again.'));
    expect(button()).toBeEnabled();
  });

  test('no answer at all: something went wrong, and the button comes back', async () => {
    await send('Ximena Torres', 'ximena.t@correo.mx', '1');
    await waitFor(() => expect(requests()).toHaveLength(4));
    await waitFor(() => expect(button()).toBeEnabled());
    expect(status()).toHaveTextContent('Something went wrong. Please try again.');
    expect(button()).toHaveTextContent('RSVP');
  });

  test('201: shows the server\'s name and ticket, and hides the form', async () => {
    await send('Ximena', 'ximena.t@correo.mx', '1');
    await waitFor(() => expect(status()).toHaveTextContent("You're in, Ximena Torres! Your ticket: GDL42-0153"));
    expect(document.querySelector('#rsvp')).not.toBeVisible();
    expect(requests()).toHaveLength(5);
  });
});
