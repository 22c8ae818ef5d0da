import { describe, test, expect } from '@jest/globals';
import { screen, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';

const email = () => screen.getByLabelText('Your email');
const consent = () => screen.getByLabelText('I agree to receive one email a week');
const emailError = () => document.querySelector('#email-error');
const consentError = () => document.querySelector('#consent-error');
const thanks = () => screen.getByRole('status');

async function fill(text, tick) {
  await userEvent.clear(email());
  if (text !== '') {
    fireEvent.input(email(), { target: { value: text } });
  }
  if (consent().checked !== tick) {
    await userEvent.click(consent());
  }
}

const signUp = () => userEvent.click(screen.getByRole('button', { name: 'Sign up' }));

describe('the newsletter form', () => {
  test('an empty email is reported, without reloading', async () => {
    await fill('', true);
    await signUp();
    expect(emailError()).toHaveTextContent('Please write your email.');
    expect(email()).toHaveAttribute('aria-invalid', 'true');
    expect(thanks()).toHaveTextContent(/^$/);
  });

  test('an email without @ is reported', async () => {
    await fill('ana.correo.mx', true);
    await signUp();
    expect(emailError()).toHaveTextContent('That email is missing an @.');
    expect(email()).toHaveAttribute('aria-invalid', 'true');
  });

  test('an unticked box is reported, and the typed email stays', async () => {
    await fill('ana@correo.mx', false);
    await signUp();
    expect(consentError()).toHaveTextContent('Please tick the box to agree.');
    expect(emailError()).toHaveTextContent(/^$/);
    expect(email()).toHaveAttribute('aria-invalid', 'false');
    expect(thanks()).toHaveTextContent(/^$/);
    expect(email()).toHaveValue('ana@correo.mx');
  });

  test('a good sign-up thanks the visitor with the trimmed email and resets the form', async () => {
    await fill('  ana@correo.mx ', true);
    await signUp();
    expect(thanks()).toHaveTextContent("Thanks! We'll write to ana@correo.mx every Friday.");
    expect(emailError()).toHaveTextContent(/^$/);
    expect(consentError()).toHaveTextContent(/^$/);
    expect(email()).toHaveValue('');
    expect(consent()).not.toBeChecked();
  });

  test('Enter in the email field sends the form too', async () => {
    await fill('', true);
    await userEvent.type(email(), 'luis@example.com{Enter}');
    expect(thanks()).toHaveTextContent("Thanks! We'll write to luis@example.com every Friday.");
  });

  test('fixed problems lose their message', async () => {
    await fill('', false);
    await signUp();
    expect(emailError()).not.toHaveTextContent(/^$/);
    expect(consentError()).not.toHaveTextContent(/^$/);
    await fill('sofia@example.com', true);
    await signUp();
    expect(emailError()).toHaveTextContent(/^$/);
    expect(consentError()).toHaveTextContent(/^$/);
    expect(email()).toHaveAttribute('aria-invalid', 'false');
  });

  test('a failed try after a success empties the thanks', async () => {
    await fill('rosa@example.com', true);
    await signUp();
    expect(thanks()).not.toHaveTextContent(/^$/);
    await fill('rosa', true);
    await signUp();
    expect(thanks()).toHaveTextContent(/^$/);
  });
});
