import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const field = () => screen.getByLabelText('Password');
const toggle = () => document.querySelector('#toggle-password');

// Puts the page in the hidden state, whatever the previous test left.
async function startHidden() {
  if (field().type !== 'password') await userEvent.click(toggle());
  expect(field()).toHaveAttribute('type', 'password');
}

test('the password starts hidden', () => {
  expect(field()).toHaveAttribute('type', 'password');
  expect(toggle()).toHaveTextContent('Show password');
  expect(toggle()).toHaveAttribute('aria-pressed', 'false');
});

test('one click shows the password', async () => {
  await startHidden();
  await userEvent.click(screen.getByRole('button', { name: 'Show password' }));
  expect(field()).toHaveAttribute('type', 'text');
  expect(toggle()).toHaveTextContent('Hide password');
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');
});

test('a second click hides it again', async () => {
  await startHidden();
  await userEvent.click(toggle());
  await userEvent.click(screen.getByRole('button', { name: 'Hide password' }));
  expect(field()).toHaveAttribute('type', 'password');
  expect(toggle()).toHaveTextContent('Show password');
  expect(toggle()).toHaveAttribute('aria-pressed', 'false');
});

test('what was typed stays in the field', async () => {
  await startHidden();
  await userEvent.clear(field());
  await userEvent.type(field(), 'tacos123');
  await userEvent.click(toggle());
  expect(field()).toHaveValue('tacos123');
  await userEvent.click(toggle());
  expect(field()).toHaveValue('tacos123');
});

test('it keeps working for many clicks', async () => {
  await startHidden();
  for (let i = 0; i < 5; i++) await userEvent.click(toggle());
  expect(field()).toHaveAttribute('type', 'text');
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  await userEvent.click(toggle());
  expect(field()).toHaveAttribute('type', 'password');
  expect(toggle()).toHaveAttribute('aria-pressed', 'false');
});

test('the button text and the field always agree', async () => {
  await startHidden();
  for (let i = 0; i < 4; i++) {
    await userEvent.click(toggle());
    const shown = field().type === 'text';
    expect(toggle()).toHaveTextContent(shown ? 'Hide password' : 'Show password');
    expect(toggle()).toHaveAttribute('aria-pressed', shown ? 'true' : 'false');
  }
});

test('the toggle does not touch the email field', async () => {
  const email = screen.getByLabelText('Email');
  await userEvent.clear(email);
  await userEvent.type(email, 'lupita@example.com');
  await userEvent.click(toggle());
  expect(email).toHaveAttribute('type', 'email');
  expect(email).toHaveValue('lupita@example.com');
});
