import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { showOnly } from './solution';

const stalls = () => Array.from(document.querySelectorAll('#stalls li'));
const visibleNames = () => stalls().filter((li) => !li.hidden).map((li) => li.textContent);
const summary = () => document.getElementById('summary').textContent;
const activeButtons = () => Array.from(document.querySelectorAll('.filters button.active')).map((b) => b.textContent);

describe('showOnly', () => {
  test('shows every stall when the page loads, the closed one too', () => {
    expect(visibleNames()).toHaveLength(7);
    expect(screen.getByText('Pollería Lupita')).toBeVisible();
    expect(summary()).toBe('Showing 7 of 7 stalls');
    expect(activeButtons()).toEqual(['All']);
  });

  test('shows only the stalls of one category', () => {
    expect(showOnly('fruit')).toBe(2);
    expect(visibleNames()).toEqual(['Frutas Doña Mari', 'Frutería Los Reyes']);
    expect(screen.getByText('Quesos de Oaxaca')).not.toBeVisible();
    expect(summary()).toBe('Showing 2 of 7 stalls');
  });

  test('marks only the chosen button as active', () => {
    showOnly('cheese');
    expect(activeButtons()).toEqual(['Cheese']);
    expect(screen.getByRole('button', { name: 'Fruit' })).not.toHaveClass('active');
    expect(screen.getByRole('button', { name: 'Cheese' })).toHaveClass('filter', 'active');
  });

  test('stalls hidden by one filter come back with the next', () => {
    showOnly('flowers');
    expect(showOnly('meat')).toBe(2);
    expect(visibleNames()).toEqual(['Carnicería El Toro', 'Pollería Lupita']);
    expect(screen.getByText('Flores de Xochimilco')).not.toBeVisible();
  });

  test('"all" shows everything again', () => {
    showOnly('cheese');
    expect(showOnly('all')).toBe(7);
    expect(visibleNames()).toHaveLength(7);
    expect(summary()).toBe('Showing 7 of 7 stalls');
    expect(activeButtons()).toEqual(['All']);
  });

  test('a category no stall has shows nothing and no active button', () => {
    expect(showOnly('bakery')).toBe(0);
    expect(visibleNames()).toEqual([]);
    expect(summary()).toBe('Showing 0 of 7 stalls');
    expect(activeButtons()).toEqual([]);
  });

  test('counts a stall added later', () => {
    const li = document.createElement('li');
    li.dataset.category = 'fruit';
    li.textContent = 'Mangos Don Chema';
    document.getElementById('stalls').append(li);
    expect(showOnly('fruit')).toBe(3);
    expect(summary()).toBe('Showing 3 of 8 stalls');
    expect(visibleNames()).toEqual(['Frutas Doña Mari', 'Frutería Los Reyes', 'Mangos Don Chema']);
  });

  test('the buttons themselves are never hidden', () => {
    showOnly('meat');
    for (const button of screen.getAllByRole('button')) {
      expect(button).toBeVisible();
    }
    expect(screen.getAllByRole('button')).toHaveLength(5);
  });
});
