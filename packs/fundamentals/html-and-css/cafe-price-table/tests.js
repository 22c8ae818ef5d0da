import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

const DRINKS = [
  ['Americano', '$38', '$45'],
  ['Latte', '$48', '$56'],
  ['Café de olla', '$35', '$42'],
  ['Chocolate caliente', '$45', '$52'],
  ['Horchata fría', '$40', '$48'],
];

const clean = (text) => text.replace(/\s+/g, ' ').trim();
const table = () => document.querySelector('table');
const bodyRows = () => Array.from(table().querySelectorAll('tbody > tr'));

describe('the price table', () => {
  test('there is one table, named by its caption "Drink prices (MXN)"', () => {
    expect(document.querySelectorAll('table')).toHaveLength(1);
    const caption = table().querySelector('caption');
    expect(caption).not.toBeNull();
    expect(clean(caption.textContent)).toBe('Drink prices (MXN)');
    expect(screen.getByRole('table', { name: 'Drink prices (MXN)' })).toBe(table());
  });

  test('the <thead> has one row of column headers: Drink, Small, Large', () => {
    const headRows = table().querySelectorAll('thead > tr');
    expect(headRows).toHaveLength(1);
    const cells = Array.from(headRows[0].children);
    expect(cells.map((cell) => cell.tagName)).toEqual(['TH', 'TH', 'TH']);
    expect(cells.map((cell) => clean(cell.textContent))).toEqual(['Drink', 'Small', 'Large']);
  });

  test('each column header has scope="col"', () => {
    const headers = Array.from(table().querySelectorAll('thead th'));
    expect(headers).toHaveLength(3);
    for (const th of headers) {
      expect(th).toHaveAttribute('scope', 'col');
    }
  });

  test('the <tbody> has one row per drink, in order', () => {
    expect(bodyRows()).toHaveLength(5);
    expect(bodyRows().map((tr) => clean(tr.children[0].textContent))).toEqual(DRINKS.map((drink) => drink[0]));
  });

  test('each row starts with the drink as a row header (th, scope="row")', () => {
    for (const tr of bodyRows()) {
      const first = tr.children[0];
      expect(first.tagName).toBe('TH');
      expect(first).toHaveAttribute('scope', 'row');
      expect(tr.querySelectorAll('th')).toHaveLength(1);
    }
  });

  test('the prices are data cells, small then large', () => {
    expect(bodyRows()).toHaveLength(5);
    bodyRows().forEach((tr, i) => {
      const cells = Array.from(tr.querySelectorAll('td')).map((td) => clean(td.textContent));
      expect(cells).toEqual(DRINKS[i].slice(1));
    });
  });

  test('every price can be named by its row and column headers', () => {
    const columns = Array.from(table().querySelectorAll('thead th')).map((th) => clean(th.textContent));
    const latte = bodyRows().find((tr) => clean(tr.children[0].textContent) === 'Latte');
    const position = Array.from(latte.children).findIndex((cell) => clean(cell.textContent) === '$56');
    expect(columns[position]).toBe('Large');
  });

  test('the pasted paragraphs are gone and the intro stays', () => {
    const paragraphs = Array.from(document.querySelectorAll('p')).map((p) => clean(p.textContent));
    expect(paragraphs).toEqual(['Coffee from Chiapas and Veracruz, roasted in Guadalajara.']);
    expect(document.body.textContent).not.toContain('—');
  });
});
