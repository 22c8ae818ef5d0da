import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { showCafeName } from './solution';

const heading = () => screen.getByRole('heading', { level: 1 });
const brand = () => document.getElementById('brand');

describe('showCafeName', () => {
  test('the heading shows the café name when the page loads', () => {
    expect(heading()).toHaveTextContent('Café Los Viveros');
    expect(heading().textContent).toBe('Café Los Viveros');
  });

  test('the footer still shows the name', () => {
    expect(brand().textContent).toBe('Café Los Viveros');
    expect(document.querySelector('footer')).toHaveTextContent('© 2025 Café Los Viveros · Av. Universidad 1200, CDMX');
  });

  test('the rest of the page is unchanged', () => {
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Today's specials");
    expect(document.querySelector('.tagline').textContent).toBe('Coffee from Veracruz and Chiapas, roasted in Coyoacán.');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Café de olla',
      'Concha de vainilla',
      'Chilaquiles verdes',
    ]);
  });

  test('reads the footer again each time it is called', () => {
    brand().textContent = 'Pan & Café Norte';
    showCafeName();
    expect(heading().textContent).toBe('Pan & Café Norte');
  });

  test('a name that looks like HTML stays plain text', () => {
    brand().textContent = '<b>Café</b> El Sol';
    showCafeName();
    expect(heading().textContent).toBe('<b>Café</b> El Sol');
    expect(heading().children).toHaveLength(0);
  });

  test('there is still exactly one main heading', () => {
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
