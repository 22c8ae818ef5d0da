import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { markSoldOut } from './solution';

const product = (name) => screen.getByText(name);

describe('markSoldOut', () => {
  test('marks the products with no stock when the page loads', () => {
    expect(product('Pan dulce')).toHaveClass('sold-out');
    expect(product('Café de Chiapas 500 g')).toHaveClass('sold-out');
  });

  test('leaves the products in stock unmarked, even "10"', () => {
    expect(product('Tortillas de harina')).not.toHaveClass('sold-out');
    expect(product('Frijoles refritos')).not.toHaveClass('sold-out');
    expect(product('Leche entera 1 L')).not.toHaveClass('sold-out');
  });

  test('removes the old class from a product that is back in stock', () => {
    expect(product('Salsa Valentina')).not.toHaveClass('sold-out');
  });

  test('keeps the other classes', () => {
    expect(product('Café de Chiapas 500 g')).toHaveClass('product', 'featured', 'sold-out');
    expect(product('Salsa Valentina')).toHaveClass('product');
    expect(product('Pan dulce').className).toBe('product sold-out');
  });

  test('returns how many products are sold out', () => {
    expect(markSoldOut()).toBe(2);
  });

  test('follows the stock when it changes', () => {
    product('Pan dulce').dataset.stock = '30';
    product('Frijoles refritos').dataset.stock = '0';
    expect(markSoldOut()).toBe(2);
    expect(product('Pan dulce')).not.toHaveClass('sold-out');
    expect(product('Frijoles refritos')).toHaveClass('sold-out');
    expect(product('Café de Chiapas 500 g')).toHaveClass('sold-out');
  });

  test('running it twice adds the class only once', () => {
    markSoldOut();
    markSoldOut();
    expect(product('Frijoles refritos').className).toBe('product sold-out');
  });

  test('returns 0 when everything is in stock', () => {
    for (const li of document.querySelectorAll('#products .product')) {
      li.dataset.stock = '5';
    }
    expect(markSoldOut()).toBe(0);
    expect(document.querySelectorAll('.sold-out')).toHaveLength(0);
  });
});
