import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { renderStops } from './solution';

const list = () => screen.getByRole('list', { name: 'Stops' });
const names = () => within(list()).queryAllByRole('listitem').map((li) => li.textContent);
const message = () => screen.getByText('This line has no stops to show.');

describe('renderStops', () => {
  test('shows the stops of Line 1 when the page loads', () => {
    expect(names()).toEqual(['Observatorio', 'Tacubaya', 'Juanacatlán', 'Chapultepec', 'Sevilla', 'Insurgentes']);
    expect(message()).not.toBeVisible();
  });

  test('makes one li per stop, directly inside the list', () => {
    renderStops(['Cuatro Caminos', 'Panteones', 'Tacuba']);
    expect(list().children).toHaveLength(3);
    for (const child of list().children) {
      expect(child.tagName).toBe('LI');
    }
  });

  test('a new call replaces the previous stops', () => {
    renderStops(['Observatorio', 'Tacubaya']);
    renderStops(['Pino Suárez', 'Zócalo/Tenochtitlan', 'Allende']);
    expect(names()).toEqual(['Pino Suárez', 'Zócalo/Tenochtitlan', 'Allende']);
  });

  test('keeps the order of the array', () => {
    const line12 = ['Tláhuac', 'Tlaltenco', 'Zapotitlán', 'Nopalera', 'Olivos'];
    renderStops(line12);
    expect(names()).toEqual(line12);
  });

  test('an empty array empties the list and shows the message', () => {
    renderStops([]);
    expect(list()).toBeEmptyDOMElement();
    expect(message()).toBeVisible();
  });

  test('the message hides again when there are stops', () => {
    renderStops([]);
    renderStops(['Balderas']);
    expect(names()).toEqual(['Balderas']);
    expect(message()).not.toBeVisible();
  });

  test('names with special characters stay plain text', () => {
    renderStops(['Balderas & Juárez', '<Zócalo>', '<b>Bellas Artes</b>']);
    expect(names()).toEqual(['Balderas & Juárez', '<Zócalo>', '<b>Bellas Artes</b>']);
    expect(list().querySelectorAll('b')).toHaveLength(0);
  });

  test('does not change the rest of the page', () => {
    renderStops(['Hidalgo']);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Línea 1 · Observatorio – Pantitlán');
    expect(screen.getAllByRole('list')).toHaveLength(1);
  });
});
