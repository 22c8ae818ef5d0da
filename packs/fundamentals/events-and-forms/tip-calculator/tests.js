import { screen, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const bill = () => screen.getByLabelText('Bill (pesos)');
const tip = () => screen.getByLabelText('Tip');
const result = () => document.querySelector('#result');

// Fills in the form from scratch and clicks Calculate.
async function calculate(pesos, percent) {
  fireEvent.input(bill(), { target: { value: pesos } });
  await userEvent.selectOptions(tip(), percent);
  await userEvent.click(screen.getByRole('button', { name: 'Calculate' }));
}

test('shows the tip and the total without reloading the page', async () => {
  await calculate('350', '15');
  expect(result().textContent).toBe('Tip: $52.50, total: $402.50');
});

test('Enter in the bill field calculates too', async () => {
  await userEvent.selectOptions(tip(), '10');
  await userEvent.clear(bill());
  await userEvent.type(bill(), '480{Enter}');
  expect(result().textContent).toBe('Tip: $48.00, total: $528.00');
});

test('a bill with centavos', async () => {
  await calculate('199.90', '10');
  expect(result().textContent).toBe('Tip: $19.99, total: $219.89');
});

test('the tip is rounded to the nearest centavo', async () => {
  await calculate('123.45', '15');
  expect(result().textContent).toBe('Tip: $18.52, total: $141.97');
});

test('half a centavo rounds up', async () => {
  await calculate('101.55', '10');
  expect(result().textContent).toBe('Tip: $10.16, total: $111.71');
});

test('no tip', async () => {
  await calculate('350', '0');
  expect(result().textContent).toBe('Tip: $0.00, total: $350.00');
});

test('a big bill for a big family', async () => {
  await calculate('2450.50', '20');
  expect(result().textContent).toBe('Tip: $490.10, total: $2,940.60');
});

test('an empty bill is not calculated', async () => {
  await calculate('350', '15');
  await userEvent.clear(bill());
  await userEvent.click(screen.getByRole('button', { name: 'Calculate' }));
  expect(bill().validationMessage).toBe('Please fill out this field.');
  expect(result().textContent).toBe('Tip: $52.50, total: $402.50');
});

test('Clear empties the form and the result', async () => {
  await calculate('600', '20');
  expect(result().textContent).toBe('Tip: $120.00, total: $720.00');
  await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
  expect(result()).toBeEmptyDOMElement();
  expect(bill()).toHaveValue(null);
  expect(tip()).toHaveValue('10');
});
