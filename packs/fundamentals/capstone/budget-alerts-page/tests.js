import { describe, test, expect } from '@jest/globals';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';
import { getJson } from './solution';

// The tests run in order on one page, like one visitor choosing months; each test waits for
// the month it chose to finish loading.
// The style sheet hides the status line and the error box while they are empty, so they are
// found among hidden elements.
const status = screen.getByRole('status', { hidden: true });
const errorBox = screen.getByRole('alert', { hidden: true });
const monthSelect = screen.getByLabelText('Month');
const alertTexts = () => [...document.querySelectorAll('#alerts li')].map((item) => item.textContent);
const urls = () => requests().map((request) => request.url);
const api = (path) => 'https://presupuesto.example' + path;

const marchAlerts = [
  'food: spent $2,382.55 of $2,000.00 ($382.55 over)',
  'fun: spent $480.00 of $400.00 ($80.00 over)',
];

describe('the alerts page', () => {
  test('shows "Loading…" and asks for the budgets and the month at the same time', async () => {
    expect(status).toHaveTextContent('Loading…');
    // Nothing has answered yet, and both requests are already on their way.
    expect(urls()).toEqual(expect.arrayContaining([api('/api/budgets'), api('/api/transactions?month=2025-03')]));
    await waitFor(() => expect(alertTexts()).not.toEqual([]));
  });

  test("lists March's alerts, biggest overspending first", () => {
    expect(alertTexts()).toEqual(marchAlerts);
    expect(status).toBeEmptyDOMElement();
    expect(errorBox).toBeEmptyDOMElement();
  });

  test('a server error shows a friendly message instead of the alerts', async () => {
    await userEvent.selectOptions(monthSelect, '2025-02');
    expect(status).toHaveTextContent('Loading…');
    await waitFor(() => expect(status).not.toHaveTextContent('Loading…'));
    expect(errorBox).toHaveTextContent("Sorry, we couldn't load 2025-02. Please try again later.");
    expect(alertTexts()).toEqual([]);
    expect(urls()).toContain(api('/api/transactions?month=2025-02'));
  });

  test('no connection at all shows the same kind of message', async () => {
    await userEvent.selectOptions(monthSelect, '2025-01');
    await waitFor(() => expect(errorBox).toHaveTextContent("Sorry, we couldn't load 2025-01. Please try again later."));
    expect(status).toBeEmptyDOMElement();
    expect(alertTexts()).toEqual([]);
  });

  test('choosing April clears the error and says every category is within budget', async () => {
    await userEvent.selectOptions(monthSelect, '2025-04');
    expect(errorBox).toBeEmptyDOMElement();
    await waitFor(() => expect(status).toHaveTextContent('Every category is within budget.'));
    expect(alertTexts()).toEqual([]);
  });

  test('choosing March again lists its alerts again', async () => {
    await userEvent.selectOptions(monthSelect, '2025-03');
    await waitFor(() => expect(alertTexts()).toEqual(marchAlerts));
    expect(status).toBeEmptyDOMElement();
    expect(errorBox).toBeEmptyDOMElement();
  });
});

describe('getJson', () => {
  test('gives the JSON of a good answer', async () => {
    await expect(getJson('/api/budgets')).resolves.toEqual({ food: 200000, fun: 40000, transport: 60000 });
  });

  test('rejects with the status when the server answers with an error', async () => {
    await expect(getJson('/api/transactions?month=2025-02')).rejects.toThrow('Request failed with status 500');
  });
});
