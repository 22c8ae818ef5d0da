import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const summary = () => screen.getByRole('status');
const quantity = () => screen.getByLabelText('How many tacos?');
const review = () => screen.getByRole('button', { name: 'Review my order' });
const FILLINGS = { pastor: /al pastor/i, bistec: /bistec/i, suadero: /suadero/i };
const SALSAS = { verde: 'Verde', roja: 'Roja', habanero: 'Habanero' };

// Starts a fresh order with the Start over button (the browser resets the fields),
// fills it in like a customer would and submits it.
async function order({ tacos, filling, flour = false, salsas = [] }) {
  await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
  await userEvent.clear(quantity());
  await userEvent.type(quantity(), String(tacos));
  await userEvent.click(screen.getByLabelText(FILLINGS[filling]));
  if (flour) await userEvent.click(screen.getByLabelText(/flour/i));
  for (const salsa of salsas) await userEvent.click(screen.getByLabelText(SALSAS[salsa]));
  await userEvent.click(review());
}

test('without a filling the browser asks for one', async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
  const before = summary().textContent;
  await userEvent.click(review());
  expect(screen.getByLabelText(/al pastor/i).validationMessage).toBe('Please select one of these options.');
  expect(summary().textContent).toBe(before);
});

test('a summary of the order, without reloading the page', async () => {
  await order({ tacos: 3, filling: 'pastor', salsas: ['verde', 'roja'] });
  expect(summary().textContent).toBe('3 tacos, pastor, corn tortillas. Salsas: verde, roja. Total: $66.00');
});

test('flour tortillas cost $3 more per taco', async () => {
  await order({ tacos: 2, filling: 'bistec', flour: true });
  expect(summary().textContent).toBe('2 tacos, bistec, flour tortillas. Salsas: none. Total: $56.00');
});

test('one taco is singular', async () => {
  await order({ tacos: 1, filling: 'suadero', salsas: ['habanero'] });
  expect(summary().textContent).toBe('1 taco, suadero, corn tortillas. Salsas: habanero. Total: $24.00');
});

test('the salsas are listed in page order', async () => {
  await order({ tacos: 4, filling: 'pastor', salsas: ['habanero', 'verde', 'roja'] });
  expect(summary().textContent).toBe('4 tacos, pastor, corn tortillas. Salsas: verde, roja, habanero. Total: $88.00');
});

test('a big order on flour tortillas', async () => {
  await order({ tacos: 12, filling: 'suadero', flour: true, salsas: ['roja'] });
  expect(summary().textContent).toBe('12 tacos, suadero, flour tortillas. Salsas: roja. Total: $324.00');
});

test('a changed order replaces the summary', async () => {
  await order({ tacos: 2, filling: 'pastor' });
  await userEvent.click(screen.getByLabelText(/bistec/i));
  await userEvent.click(review());
  expect(summary().textContent).toBe('2 tacos, bistec, corn tortillas. Salsas: none. Total: $50.00');
});

test('Start over empties the summary and the form', async () => {
  await order({ tacos: 5, filling: 'bistec', flour: true, salsas: ['verde'] });
  expect(summary().textContent).not.toBe('');
  await userEvent.click(screen.getByRole('button', { name: 'Start over' }));
  expect(summary()).toBeEmptyDOMElement();
  expect(quantity()).toHaveValue(3);
  expect(screen.getByLabelText('Corn')).toBeChecked();
  expect(screen.getByLabelText('Verde')).not.toBeChecked();
});
