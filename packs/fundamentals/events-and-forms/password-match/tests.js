import { screen, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const password = () => screen.getByLabelText('Password');
const repeat = () => screen.getByLabelText('Repeat password');
const status = () => screen.getByRole('status');
const MISMATCH = 'The passwords do not match.';

// Replaces a field's text in one go, the way pasting or a password manager does.
async function fill(field, text) {
  field.focus();
  fireEvent.input(field, { target: { value: text } });
}

async function fillBoth(first, second) {
  await fill(repeat(), '');
  await fill(password(), first);
  await fill(repeat(), second);
}

test('different passwords get the custom message', async () => {
  await fillBoth('nopal2024', 'nopal2023');
  expect(repeat().validationMessage).toBe(MISMATCH);
  expect(repeat()).toBeInvalid();
});

test('matching passwords are valid', async () => {
  await fillBoth('nopal2024', 'nopal2024');
  expect(repeat().validationMessage).toBe('');
  expect(repeat()).toBeValid();
});

test('a mismatch stops the form from being sent', async () => {
  status().textContent = '';
  await fillBoth('tamarindo88', 'tamarindo89');
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
  expect(status()).toBeEmptyDOMElement();
  expect(repeat()).toHaveFocus();
});

test('fixing the repeated password clears the message', async () => {
  await fillBoth('tamarindo88', 'tamarindo8');
  expect(repeat().validationMessage).toBe(MISMATCH);
  await userEvent.type(repeat(), '8');
  expect(repeat().validationMessage).toBe('');
});

test('changing the first password checks again', async () => {
  await fillBoth('chilaquiles', 'chilaquiles');
  expect(repeat()).toBeValid();
  await userEvent.type(password(), '!');
  expect(repeat().validationMessage).toBe(MISMATCH);
  await userEvent.type(password(), '{Backspace}');
  expect(repeat().validationMessage).toBe('');
});

test('capital letters matter', async () => {
  await fillBoth('Nopal2024', 'nopal2024');
  expect(repeat().validationMessage).toBe(MISMATCH);
});

test('an empty repeat field is left to the required rule', async () => {
  await fillBoth('nopal2024', 'x');
  await fill(repeat(), '');
  expect(repeat().validity.customError).toBe(false);
  expect(repeat().validationMessage).toBe('Please fill out this field.');
});

test('a valid form shows that the account is ready, without reloading', async () => {
  await fillBoth('elote-con-chile', 'elote-con-chile');
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
  expect(status()).toHaveTextContent('Your account is ready.');
});
