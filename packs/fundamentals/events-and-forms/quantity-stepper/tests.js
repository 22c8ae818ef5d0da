import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const field = () => screen.getByLabelText('Quantity');
const less = () => screen.getByRole('button', { name: 'One bag less' });
const more = () => screen.getByRole('button', { name: 'One bag more' });
const total = () => document.querySelector('#total').textContent;

// Types a quantity, then leaves the field, which fires "change".
async function typeQuantity(text) {
  await userEvent.clear(field());
  if (text !== '') await userEvent.type(field(), text);
  field().blur();
}

// Clicks − until the quantity cannot go lower.
async function backToOne() {
  for (let i = 0; i < 12 && !less().disabled; i++) await userEvent.click(less());
}

test('the page starts at one bag', () => {
  expect(field()).toHaveValue(1);
  expect(less()).toBeDisabled();
  expect(more()).toBeEnabled();
  expect(total()).toBe('$189.50');
});

test('+ adds a bag and updates the total', async () => {
  await backToOne();
  await userEvent.click(more());
  expect(field()).toHaveValue(2);
  expect(total()).toBe('$379.00');
  expect(less()).toBeEnabled();
  await userEvent.click(more());
  expect(field()).toHaveValue(3);
  expect(total()).toBe('$568.50');
});

test('+ stops at 10 bags and is then disabled', async () => {
  await backToOne();
  for (let i = 0; i < 9; i++) await userEvent.click(more());
  expect(field()).toHaveValue(10);
  expect(total()).toBe('$1,895.00');
  expect(more()).toBeDisabled();
  expect(less()).toBeEnabled();
  await userEvent.click(more());
  expect(field()).toHaveValue(10);
});

test('− takes a bag away and is disabled again at 1', async () => {
  await backToOne();
  await userEvent.click(more());
  await userEvent.click(more());
  await userEvent.click(less());
  expect(field()).toHaveValue(2);
  expect(total()).toBe('$379.00');
  await userEvent.click(less());
  expect(field()).toHaveValue(1);
  expect(total()).toBe('$189.50');
  expect(less()).toBeDisabled();
  expect(more()).toBeEnabled();
});

test('a typed quantity updates the total and the buttons', async () => {
  await typeQuantity('4');
  expect(field()).toHaveValue(4);
  expect(total()).toBe('$758.00');
  expect(less()).toBeEnabled();
  expect(more()).toBeEnabled();
});

test('a typed quantity above 10 becomes 10', async () => {
  await typeQuantity('25');
  expect(field()).toHaveValue(10);
  expect(total()).toBe('$1,895.00');
  expect(more()).toBeDisabled();
});

test('a typed 0 or a negative number becomes 1', async () => {
  await typeQuantity('5');
  await typeQuantity('0');
  expect(field()).toHaveValue(1);
  expect(total()).toBe('$189.50');
  expect(less()).toBeDisabled();
  await typeQuantity('5');
  await typeQuantity('-3');
  expect(field()).toHaveValue(1);
  expect(less()).toBeDisabled();
});

test('an emptied field becomes 1', async () => {
  await typeQuantity('6');
  await typeQuantity('');
  expect(field()).toHaveValue(1);
  expect(total()).toBe('$189.50');
});

test('the buttons carry on from a typed quantity', async () => {
  await typeQuantity('7');
  await userEvent.click(more());
  expect(field()).toHaveValue(8);
  expect(total()).toBe('$1,516.00');
  await typeQuantity('9');
  await userEvent.click(more());
  expect(more()).toBeDisabled();
  await userEvent.click(less());
  await userEvent.click(less());
  expect(field()).toHaveValue(8);
});
