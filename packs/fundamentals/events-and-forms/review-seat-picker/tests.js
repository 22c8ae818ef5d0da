import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';

const seat = (code) => within(screen.getByRole('group', { name: 'Seats' })).getByRole('button', { name: code });
const click = (code) => userEvent.click(seat(code));
const selection = () => document.querySelector('#selection').textContent;
const total = () => document.querySelector('#total').textContent;
const message = () => screen.getByRole('alert').textContent;
const clearAll = () => userEvent.click(screen.getByRole('button', { name: 'Clear' }));

describe('the seat picker', () => {
  test('clicking a free seat selects it', async () => {
    await click('B3');
    expect(seat('B3')).toHaveClass('selected');
    expect(seat('B3')).toHaveAttribute('aria-pressed', 'true');
    expect(selection()).toBe('Seats: B3');
    expect(total()).toBe('Total: $95.00');
  });

  test('clicking it again unselects it', async () => {
    await click('B3');
    expect(seat('B3')).not.toHaveClass('selected');
    expect(seat('B3')).toHaveAttribute('aria-pressed', 'false');
    expect(selection()).toBe('No seats selected');
    expect(total()).toBe('Total: $0.00');
  });

  test('lists the seats by row, then by number, and adds up the prices', async () => {
    await click('A10');
    await click('C5');
    await click('A2');
    expect(selection()).toBe('Seats: A2, A10, C5');
    expect(total()).toBe('Total: $330.00');
    await click('A2');
    expect(selection()).toBe('Seats: A10, C5');
    expect(total()).toBe('Total: $235.00');
  });

  test('Clear unselects every seat', async () => {
    await clearAll();
    expect(document.querySelectorAll('.seat.selected')).toHaveLength(0);
    expect(seat('A10')).toHaveAttribute('aria-pressed', 'false');
    expect(selection()).toBe('No seats selected');
    expect(total()).toBe('Total: $0.00');
  });

  test('a fifth seat is refused with a message', async () => {
    for (const code of ['B1', 'B2', 'B3', 'B4']) {
      await click(code);
    }
    await click('B5');
    expect(seat('B5')).not.toHaveClass('selected');
    expect(seat('B5')).toHaveAttribute('aria-pressed', 'false');
    expect(message()).toBe('You can choose up to 4 seats.');
    expect(selection()).toBe('Seats: B1, B2, B3, B4');
  });

  test('unselecting still works at the limit, and clears the message', async () => {
    await click('B2');
    expect(seat('B2')).not.toHaveClass('selected');
    expect(message()).toBe('');
    await click('C10');
    expect(selection()).toBe('Seats: B1, B3, B4, C10');
    expect(total()).toBe('Total: $425.00');
  });

  test('Clear also empties the message', async () => {
    await click('A1');
    expect(message()).toBe('You can choose up to 4 seats.');
    await clearAll();
    expect(message()).toBe('');
  });

  test('a taken seat cannot be selected', async () => {
    await click('B7');
    expect(seat('B7')).not.toHaveClass('selected');
    expect(selection()).toBe('No seats selected');
  });

  test('a click between the seats changes nothing', async () => {
    await click('A1');
    await userEvent.click(document.querySelector('#seats'));
    await userEvent.click(document.querySelector('.row'));
    expect(selection()).toBe('Seats: A1');
  });

  test('uses one listener on #seats: a seat added later works too', async () => {
    const extra = document.createElement('button');
    extra.type = 'button';
    extra.className = 'seat';
    extra.dataset.seat = 'C11';
    extra.dataset.price = '14000';
    extra.setAttribute('aria-pressed', 'false');
    extra.textContent = 'C11';
    document.querySelector('.row[data-row="C"]').append(extra);
    await click('C11');
    expect(selection()).toBe('Seats: A1, C11');
    expect(total()).toBe('Total: $235.00');
  });
});
