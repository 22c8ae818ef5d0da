import { screen, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const nameField = () => screen.getByLabelText('Full name');
const emailField = () => screen.getByLabelText('Email');
const phoneField = () => screen.getByLabelText('Cell phone (10 digits)');
const errorText = (id) => document.querySelector(`#${id}-error`).textContent;
const success = () => screen.getByRole('status');
const submit = () => userEvent.click(screen.getByRole('button', { name: 'Sign me up' }));

// Replaces a field's text in one go, the way pasting or autofill does.
async function fill(field, text) {
  field.focus();
  fireEvent.input(field, { target: { value: text } });
}

async function fillForm({ name, email, phone }) {
  await fill(nameField(), name);
  await fill(emailField(), email);
  await fill(phoneField(), phone);
}

test('an empty form shows a message under every field', async () => {
  await fillForm({ name: '', email: '', phone: '' });
  await submit();
  expect(errorText('name')).toBe('Please enter your name.');
  expect(errorText('email')).toBe('Please enter your email.');
  expect(errorText('phone')).toBe('Please enter your cell phone number.');
  expect(nameField()).toHaveAttribute('aria-invalid', 'true');
  expect(emailField()).toHaveAttribute('aria-invalid', 'true');
  expect(phoneField()).toHaveAttribute('aria-invalid', 'true');
  expect(success()).toBeEmptyDOMElement();
});

test('the focus moves to the first field with a problem', async () => {
  await fillForm({ name: '', email: 'ana@example.com', phone: '' });
  await submit();
  expect(nameField()).toHaveFocus();
  await fillForm({ name: 'Ana López', email: 'ana@example.com', phone: '' });
  await submit();
  expect(phoneField()).toHaveFocus();
});

test('an email without @ gets its own message', async () => {
  await fillForm({ name: 'Ana López', email: 'ana.example.com', phone: '4771234567' });
  await submit();
  expect(errorText('email')).toBe('Enter an email like ana@example.com.');
  expect(emailField()).toHaveAttribute('aria-invalid', 'true');
  expect(emailField()).toHaveFocus();
  expect(errorText('name')).toBe('');
  expect(nameField()).toHaveAttribute('aria-invalid', 'false');
  expect(errorText('phone')).toBe('');
});

test('a phone number with spaces or 9 digits is not accepted', async () => {
  await fillForm({ name: 'Ana López', email: 'ana@example.com', phone: '477 123 4567' });
  await submit();
  expect(errorText('phone')).toBe('Use 10 digits with no spaces, like 4771234567.');
  expect(phoneField()).toHaveAttribute('aria-invalid', 'true');
  await fill(phoneField(), '477123456');
  await submit();
  expect(errorText('phone')).toBe('Use 10 digits with no spaces, like 4771234567.');
  expect(success()).toBeEmptyDOMElement();
});

test('a name made only of spaces counts as missing', async () => {
  await fillForm({ name: '   ', email: 'ana@example.com', phone: '4771234567' });
  await submit();
  expect(errorText('name')).toBe('Please enter your name.');
  expect(nameField()).toHaveFocus();
  expect(success()).toBeEmptyDOMElement();
});

test('a valid form thanks the person by name, without reloading', async () => {
  await fillForm({ name: '  Ana López ', email: 'ana@example.com', phone: '4771234567' });
  await submit();
  expect(success()).toHaveTextContent('Thanks, Ana López! A recruiter will call you at 4771234567.');
  expect(errorText('name')).toBe('');
  expect(errorText('email')).toBe('');
  expect(errorText('phone')).toBe('');
  expect(nameField()).toHaveAttribute('aria-invalid', 'false');
  expect(emailField()).toHaveAttribute('aria-invalid', 'false');
  expect(phoneField()).toHaveAttribute('aria-invalid', 'false');
});

test('fixing a field clears its message while typing', async () => {
  await fillForm({ name: '', email: 'ana@', phone: '4771234567' });
  await submit();
  expect(errorText('name')).toBe('Please enter your name.');
  expect(errorText('email')).toBe('Enter an email like ana@example.com.');
  await userEvent.type(nameField(), 'Beto');
  expect(errorText('name')).toBe('');
  expect(nameField()).toHaveAttribute('aria-invalid', 'false');
  expect(errorText('email')).toBe('Enter an email like ana@example.com.');
  await userEvent.type(emailField(), 'example.com');
  expect(errorText('email')).toBe('');
});

test('typing never adds a message', async () => {
  await fillForm({ name: 'Beto Ramírez', email: 'beto@example.com', phone: '4421234567' });
  await submit();
  await fill(emailField(), 'beto@');
  await fill(phoneField(), '442');
  expect(errorText('email')).toBe('');
  expect(errorText('phone')).toBe('');
});

test('a problem after a successful sign-up empties the thanks', async () => {
  await fillForm({ name: 'Beto Ramírez', email: 'beto@example.com', phone: '4421234567' });
  await submit();
  expect(success()).toHaveTextContent('Thanks, Beto Ramírez!');
  await fill(phoneField(), '');
  await submit();
  expect(success()).toBeEmptyDOMElement();
  expect(errorText('phone')).toBe('Please enter your cell phone number.');
});
