import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { showOrder } from './solution';

const steps = () => within(screen.getByRole('list', { name: 'Order steps' })).getAllByRole('listitem');
const marks = () => steps().map((li) => [li.classList.contains('done'), li.classList.contains('current')]);
const noteBox = () => document.getElementById('note-box');

describe('showOrder', () => {
  test('marks every step up to the current one as done', () => {
    showOrder({ step: 'on-the-way', minutes: 10, note: '' });
    expect(marks()).toEqual([
      [true, false],
      [true, false],
      [true, true],
      [false, false],
    ]);
  });

  test('the current step gets aria-current, and every step keeps its class', () => {
    showOrder({ step: 'cooking', minutes: 25, note: '' });
    expect(steps().map((li) => li.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    for (const li of steps()) {
      expect(li).toHaveClass('step');
    }
  });

  test('a later call moves the marks', () => {
    showOrder({ step: 'on-the-way', minutes: 10, note: '' });
    showOrder({ step: 'received', minutes: 40, note: '' });
    expect(marks()).toEqual([
      [true, true],
      [false, false],
      [false, false],
      [false, false],
    ]);
    expect(steps().map((li) => li.getAttribute('aria-current'))).toEqual(['step', null, null, null]);
  });

  test('shows the minutes', () => {
    showOrder({ step: 'cooking', minutes: 25, note: '' });
    expect(document.getElementById('minutes')).toHaveTextContent('25');
  });

  test('the bar grows a quarter per step', () => {
    const bar = document.getElementById('bar');
    showOrder({ step: 'received', minutes: 40, note: '' });
    expect(bar.style.width).toBe('25%');
    showOrder({ step: 'cooking', minutes: 25, note: '' });
    expect(bar.style.width).toBe('50%');
    showOrder({ step: 'delivered', minutes: 0, note: '' });
    expect(bar.style.width).toBe('100%');
  });

  test('shows a note as the customer typed it', () => {
    showOrder({ step: 'cooking', minutes: 25, note: 'Ring twice, the bell is broken' });
    expect(noteBox()).toBeVisible();
    expect(document.getElementById('note').textContent).toBe('Ring twice, the bell is broken');
  });

  test('a note that looks like HTML stays text', () => {
    showOrder({ step: 'cooking', minutes: 25, note: '<img src=x onerror="alert(1)"> <b>gate 3</b>' });
    expect(document.getElementById('note').textContent).toBe('<img src=x onerror="alert(1)"> <b>gate 3</b>');
    expect(noteBox().querySelector('img, b')).toBeNull();
  });

  test('an empty note hides the note box', () => {
    showOrder({ step: 'cooking', minutes: 25, note: 'Gate 3' });
    showOrder({ step: 'on-the-way', minutes: 10, note: '' });
    expect(noteBox()).not.toBeVisible();
  });

  test('delivered: the message shows and the arrival time hides', () => {
    showOrder({ step: 'delivered', minutes: 0, note: '' });
    expect(screen.getByText('Enjoy your tortas!')).toBeVisible();
    expect(document.getElementById('eta')).not.toBeVisible();
    expect(marks().every(([done]) => done)).toBe(true);
  });

  test('not delivered yet: the arrival time shows and the message hides', () => {
    showOrder({ step: 'on-the-way', minutes: 8, note: '' });
    expect(screen.getByText('Enjoy your tortas!')).not.toBeVisible();
    expect(document.getElementById('eta')).toBeVisible();
  });
});
