import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { renderPrices } from './solution';

const body = () => document.querySelector('#prices tbody');
const bodyRows = () => Array.from(body().querySelectorAll('tr'));
const cellTexts = () => bodyRows().map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent));
const message = () => screen.getByText('No products today. Come back tomorrow!');

describe('renderPrices', () => {
  test('shows today\'s prices when the page loads', () => {
    expect(cellTexts()).toEqual([
      ['Tortilla de maíz', '$24.00 / kg'],
      ['Tortilla de harina', '$45.00 / package'],
      ['Totopos', '$32.50 / bag'],
      ['Masa para tamales', '$28.00 / kg'],
    ]);
    expect(message()).not.toBeVisible();
  });

  test('makes one row with two cells per product, inside the tbody', () => {
    renderPrices([{ name: 'Tostadas', centavos: 3000, unit: 'package' }]);
    const table = screen.getByRole('table', { name: "Today's prices" });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(body().children).toHaveLength(1);
    expect(within(body()).getAllByRole('cell')).toHaveLength(2);
  });

  test('the price cell has the class "price"', () => {
    renderPrices([{ name: 'Sopes', centavos: 1200, unit: 'piece' }]);
    const cells = bodyRows()[0].querySelectorAll('td');
    expect(cells[1]).toHaveClass('price');
    expect(cells[0]).not.toHaveClass('price');
  });

  test('formats centavos with two digits', () => {
    renderPrices([
      { name: 'A', centavos: 5, unit: 'piece' },
      { name: 'B', centavos: 1000, unit: 'kg' },
      { name: 'C', centavos: 123456, unit: 'box' },
      { name: 'D', centavos: 90, unit: 'piece' },
      { name: 'E', centavos: 0, unit: 'bag' },
    ]);
    expect(cellTexts().map((row) => row[1])).toEqual([
      '$0.05 / piece',
      '$10.00 / kg',
      '$1234.56 / box',
      '$0.90 / piece',
      '$0.00 / bag',
    ]);
  });

  test('each call replaces the rows and keeps the header', () => {
    renderPrices([{ name: 'Gorditas', centavos: 1500, unit: 'piece' }, { name: 'Huaraches', centavos: 3500, unit: 'piece' }]);
    renderPrices([{ name: 'Tlayudas', centavos: 9000, unit: 'piece' }]);
    expect(cellTexts()).toEqual([['Tlayudas', '$90.00 / piece']]);
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Product', 'Price']);
  });

  test('an empty array empties the table body and shows the message', () => {
    renderPrices([]);
    expect(bodyRows()).toHaveLength(0);
    expect(message()).toBeVisible();
  });

  test('the message hides again when there are products', () => {
    renderPrices([]);
    renderPrices([{ name: 'Tortilla de nopal', centavos: 3800, unit: 'kg' }]);
    expect(message()).not.toBeVisible();
    expect(bodyRows()).toHaveLength(1);
  });

  test('names with special characters stay plain text', () => {
    renderPrices([
      { name: 'Salsa "La Brava" & totopos', centavos: 6000, unit: 'combo' },
      { name: '<i>Tortillas</i> <3', centavos: 2400, unit: 'kg' },
    ]);
    expect(cellTexts().map((row) => row[0])).toEqual(['Salsa "La Brava" & totopos', '<i>Tortillas</i> <3']);
    expect(body().querySelectorAll('i')).toHaveLength(0);
  });
});
