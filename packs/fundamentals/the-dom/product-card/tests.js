import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { showProduct } from './solution';

const card = () => document.getElementById('product');
const part = (selector) => card().querySelector(selector);

function product(overrides) {
  return {
    id: 'bolillo',
    name: 'Bolillo',
    photo: 'img/bolillo.jpg',
    centavos: 250,
    stock: 40,
    ...overrides,
  };
}

describe('showProduct', () => {
  test('shows the sample product when the page loads', () => {
    expect(within(card()).getByRole('heading', { level: 2 })).toHaveTextContent('Concha de vainilla');
    expect(part('.price').textContent).toBe('$14.50');
    expect(card().dataset.id).toBe('concha-vainilla');
  });

  test('sets the photo and its description', () => {
    showProduct(product({ name: 'Oreja', photo: 'img/oreja.jpg' }));
    const photo = screen.getByRole('img', { name: 'Oreja' });
    expect(photo).toHaveAttribute('src', 'img/oreja.jpg');
    expect(photo).toHaveClass('photo');
  });

  test('links to the product page and stores the id', () => {
    showProduct(product({ id: 'cuernito-mantequilla' }));
    expect(part('.details')).toHaveAttribute('href', '/products/cuernito-mantequilla');
    expect(part('.details').textContent).toBe('See details');
    expect(card()).toHaveAttribute('data-id', 'cuernito-mantequilla');
  });

  test('formats the price from centavos with two digits', () => {
    const prices = [[1450, '$14.50'], [900, '$9.00'], [5, '$0.05'], [70, '$0.70'], [125000, '$1250.00'], [0, '$0.00']];
    for (const [centavos, text] of prices) {
      showProduct(product({ centavos }));
      expect(part('.price').textContent).toBe(text);
    }
  });

  test('shows the badge only when the stock is 0', () => {
    showProduct(product({ stock: 0 }));
    expect(screen.getByText('Sold out')).toBeVisible();
    showProduct(product({ stock: 3 }));
    expect(screen.getByText('Sold out')).not.toBeVisible();
    showProduct(product({ stock: 1 }));
    expect(part('.badge').hidden).toBe(true);
  });

  test('a second product replaces the first one completely', () => {
    showProduct(product({ id: 'dona', name: 'Dona de chocolate', photo: 'img/dona.jpg', centavos: 1800, stock: 0 }));
    showProduct(product());
    expect(part('.name').textContent).toBe('Bolillo');
    expect(part('.price').textContent).toBe('$2.50');
    expect(part('.photo')).toHaveAttribute('alt', 'Bolillo');
    expect(part('.photo')).toHaveAttribute('src', 'img/bolillo.jpg');
    expect(part('.details')).toHaveAttribute('href', '/products/bolillo');
    expect(part('.badge')).not.toBeVisible();
  });

  test('names with special characters stay plain text', () => {
    showProduct(product({ name: 'Pan & Café <3' }));
    expect(part('.name').textContent).toBe('Pan & Café <3');
    expect(part('.photo')).toHaveAttribute('alt', 'Pan & Café <3');
    showProduct(product({ name: '<b>Rosca</b> de Reyes' }));
    expect(part('.name').textContent).toBe('<b>Rosca</b> de Reyes');
    expect(part('.name').children).toHaveLength(0);
  });

  test('keeps the card\'s structure and classes', () => {
    expect(card()).toHaveClass('card');
    expect(Array.from(card().children).map((el) => el.className)).toEqual(['photo', 'name', 'price', 'badge', 'details']);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Panadería La Espiga');
  });
});
