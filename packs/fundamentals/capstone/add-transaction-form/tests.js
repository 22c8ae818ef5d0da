import { describe, test, expect } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';
import { formToRecord, ValidationError } from './solution';

// The tests run in order on one page, like one visitor filling in the form: the first one
// waits for the transactions to load. The form's fields stay the same, so they are found once.
const field = {
  date: screen.getByLabelText('Date'),
  description: screen.getByLabelText('Description'),
  category: screen.getByLabelText('Category'),
  spending: screen.getByLabelText('Spending'),
  income: screen.getByLabelText('Income'),
  amount: screen.getByLabelText('Amount in pesos'),
};
const addButton = screen.getByRole('button', { name: 'Add transaction' });
const rows = (tbodyId) => [...document.getElementById(tbodyId).querySelectorAll('tr')];
const cells = (row) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const posts = () => requests().filter((request) => request.method === 'POST');

// Fills in every field, replacing what was there.
async function fill({ date, description, category, kind, amount }) {
  const user = userEvent.setup();
  await user.clear(field.date);
  await user.type(field.date, date);
  await user.clear(field.description);
  await user.type(field.description, description);
  await user.selectOptions(field.category, category);
  await user.click(kind === 'income' ? field.income : field.spending);
  await user.clear(field.amount);
  await user.type(field.amount, amount);
}

const metroCard = { date: '2025-03-08', description: 'Metro card', category: 'transport', kind: 'spending', amount: '350' };

describe('the page', () => {
  test('starts with the transactions from the server', async () => {
    await waitFor(() => expect(rows('transactions')).toHaveLength(3));
    expect(cells(rows('months')[0])).toEqual(['2025-03', '$18,500.00', '$8,204.50', '$10,295.50']);
  });

  test('an empty form is not sent: the browser asks for the date first', async () => {
    await userEvent.click(addButton);
    expect(field.date).toHaveFocus();
    expect(posts()).toEqual([]);
  });

  test('an amount of 0 shows an error and sends nothing', async () => {
    await fill({ ...metroCard, amount: '0' });
    await userEvent.click(addButton);
    expect(screen.getByRole('alert')).toHaveTextContent('Amount must be greater than zero.');
    expect(posts()).toEqual([]);
    expect(rows('transactions')).toHaveLength(3);
  });

  test('sends a correct transaction as JSON with POST, with the button off while it saves', async () => {
    await fill(metroCard);
    await userEvent.click(addButton);
    expect(addButton).toBeDisabled();
    await waitFor(() => expect(rows('transactions')).toHaveLength(4));
    const sent = posts();
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('https://presupuesto.example/api/transactions');
    expect(sent[0].headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent[0].body)).toEqual({
      date: '2025-03-08',
      category: 'transport',
      amountCents: -35000,
      description: 'Metro card',
    });
  });

  test('shows the saved transaction with its id, and the new month totals', () => {
    const last = rows('transactions')[3];
    expect(last).toHaveAttribute('data-id', '4');
    expect(cells(last)).toEqual(['2025-03-08', 'Metro card', 'transport', '-$350.00']);
    expect(cells(rows('months')[0])).toEqual(['2025-03', '$18,500.00', '$8,554.50', '$9,945.50']);
  });

  test('empties the form and the error, and turns the button back on', () => {
    expect(field.date).toHaveValue('');
    expect(field.description).toHaveValue('');
    expect(field.category).toHaveValue('');
    expect(field.amount).toHaveValue('');
    expect(field.spending).toBeChecked();
    expect(screen.getByRole('alert', { hidden: true })).toBeEmptyDOMElement();
    expect(addButton).toBeEnabled();
  });
});

describe('formToRecord', () => {
  test('turns a spending into a record with negative centavos', () => {
    const fields = { date: '2025-03-08', description: '  Metro card ', category: 'transport', kind: 'spending', amount: '350' };
    expect(formToRecord(fields)).toEqual({
      date: '2025-03-08',
      category: 'transport',
      amountCents: -35000,
      description: 'Metro card',
    });
  });

  test('keeps income positive and counts exact centavos', () => {
    const fields = { date: '2025-03-20', description: 'Tips', category: 'freelance', kind: 'income', amount: '81.10' };
    expect(formToRecord(fields)).toEqual({
      date: '2025-03-20',
      category: 'freelance',
      amountCents: 8110,
      description: 'Tips',
    });
  });

  test('refuses an amount that is not a number greater than zero', () => {
    for (const amount of ['0', '-20', '12,50', 'abc', '', '0.001']) {
      const fields = { date: '2025-03-08', description: 'x', category: 'food', kind: 'spending', amount };
      expect(() => formToRecord(fields)).toThrow(ValidationError);
      expect(() => formToRecord(fields)).toThrow('Amount must be greater than zero.');
    }
  });
});
