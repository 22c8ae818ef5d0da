import { screen, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const box = () => screen.getByLabelText('What are you working on?');
const counter = () => document.querySelector('#counter');

// Replaces the whole message at once, the way a paste does.
function paste(text) {
  fireEvent.input(box(), { target: { value: text } });
}

test('typing updates the counter', async () => {
  await userEvent.clear(box());
  await userEvent.type(box(), 'Hola');
  expect(counter().textContent).toBe('4 / 280');
});

test('spaces and punctuation count too', async () => {
  await userEvent.clear(box());
  await userEvent.type(box(), 'Hola, MTY');
  expect(counter().textContent).toBe('9 / 280');
});

test('deleting a character updates the counter', async () => {
  await userEvent.clear(box());
  await userEvent.type(box(), 'React');
  await userEvent.type(box(), '{Backspace}{Backspace}');
  expect(box()).toHaveValue('Rea');
  expect(counter().textContent).toBe('3 / 280');
});

test('an emptied box shows 0 / 280', async () => {
  await userEvent.type(box(), 'algo');
  await userEvent.clear(box());
  expect(counter().textContent).toBe('0 / 280');
  expect(counter()).not.toHaveClass('over-limit');
});

test('exactly 280 characters is not over the limit', () => {
  paste('a'.repeat(280));
  expect(counter().textContent).toBe('280 / 280');
  expect(counter()).not.toHaveClass('over-limit');
});

test('281 characters is over the limit', async () => {
  paste('a'.repeat(280));
  await userEvent.type(box(), 'b');
  expect(counter().textContent).toBe('281 / 280');
  expect(counter()).toHaveClass('over-limit');
});

test('a long paste counts every character', () => {
  paste('Buscamos mentores de JavaScript. '.repeat(10));
  expect(counter().textContent).toBe('330 / 280');
  expect(counter()).toHaveClass('over-limit');
});

test('going back under the limit removes the red', async () => {
  paste('a'.repeat(281));
  expect(counter()).toHaveClass('over-limit');
  await userEvent.type(box(), '{Backspace}');
  expect(counter().textContent).toBe('280 / 280');
  expect(counter()).not.toHaveClass('over-limit');
});

test('accents and ñ are one character each', async () => {
  await userEvent.clear(box());
  await userEvent.type(box(), 'Año nuevo, código nuevo');
  expect(counter().textContent).toBe('23 / 280');
});
