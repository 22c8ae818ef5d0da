import { describe, test, expect } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';
import { renderDashboard } from './solution';

// The tests run in order on one page, like one visitor: the first one waits for the data.
const table = () => screen.getByRole('table', { name: 'Spending by category' });
const bodyRows = () => within(table()).queryAllByRole('row').slice(1); // row 0 holds the headers
const column = (n) => bodyRows().map((row) => within(row).getAllByRole('cell')[n].textContent);
const value = (id) => document.getElementById(id);

describe('the dashboard page', () => {
  test('shows "Loading…" until the transactions arrive', async () => {
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading…');
    expect(bodyRows()).toHaveLength(0);
    await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
    expect(status).toBeEmptyDOMElement();
  });

  test('asks the server once, with GET /api/transactions', () => {
    expect(requests()).toEqual([
      expect.objectContaining({ method: 'GET', url: 'https://presupuesto.example/api/transactions' }),
    ]);
  });

  test('lists each spending category once, biggest first', () => {
    expect(column(0)).toEqual(['rent', 'food', 'fun', 'transport']);
  });

  test('shows what each category cost in pesos, like $2,382.55', () => {
    expect(column(1)).toEqual(['$7,000.00', '$2,382.55', '$480.00', '$470.00']);
  });

  test('leaves income out of the table', () => {
    expect(within(table()).queryByText('salary')).toBeNull();
    expect(within(table()).queryByText('freelance')).toBeNull();
  });

  test("shows the month's income, spending and balance", () => {
    expect(value('month')).toHaveTextContent('2025-03');
    expect(value('income')).toHaveTextContent('$22,700.00');
    expect(value('spending')).toHaveTextContent('$10,332.55');
    expect(value('balance')).toHaveTextContent('$12,367.45');
  });

  test('renderDashboard draws the page again from other records, without repeating rows', () => {
    const april = [
      { id: 10, date: '2025-04-01', category: 'salary', amountCents: 1000000, description: 'April pay' },
      { id: 11, date: '2025-04-03', category: 'food', amountCents: -5000, description: 'Bread' },
      { id: 12, date: '2025-04-04', category: 'rent', amountCents: -400000, description: 'Room' },
    ];
    renderDashboard(april);
    renderDashboard(april);
    expect(column(0)).toEqual(['rent', 'food']);
    expect(column(1)).toEqual(['$4,000.00', '$50.00']);
    expect(value('month')).toHaveTextContent('2025-04');
    expect(value('income')).toHaveTextContent('$10,000.00');
    expect(value('spending')).toHaveTextContent('$4,050.00');
    expect(value('balance')).toHaveTextContent('$5,950.00');
  });
});
