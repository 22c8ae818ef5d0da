import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';

const clean = (text) => text.replace(/\s+/g, ' ').trim();
const BREADS = [
  ['Concha', '$14'],
  ['Cuerno', '$16'],
  ['Oreja', '$15'],
  ['Rosca de reyes (slice)', '$35'],
];

function field(start) {
  const element = screen.getByLabelText(new RegExp(`^\\s*${start.replace(/[()]/g, '\\$&')}`, 'i'));
  expect(element.labels.length).toBeGreaterThan(0);
  return element;
}

describe('the landmarks', () => {
  test('the header holds the h1 and the navigation', () => {
    const banner = screen.getByRole('banner');
    expect(banner.tagName).toBe('HEADER');
    expect(within(banner).getByRole('heading', { level: 1 })).toHaveTextContent('Panadería La Espiga');
    expect(within(banner).getByRole('navigation')).toBeInTheDocument();
  });

  test('the navigation is a list of the three links', () => {
    const nav = screen.getByRole('navigation');
    const items = within(within(nav).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => clean(a.textContent))).toEqual(['Prices', 'Order', 'Visit us']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#prices', '#order', '#visit']);
  });

  test('the prices and the form are in the one <main>', () => {
    const mains = screen.getAllByRole('main');
    expect(mains).toHaveLength(1);
    expect(mains[0].tagName).toBe('MAIN');
    expect(mains[0].contains(document.querySelector('table'))).toBe(true);
    expect(mains[0].contains(document.querySelector('form'))).toBe(true);
    expect(mains[0].contains(document.getElementById('prices'))).toBe(true);
    expect(mains[0].contains(document.getElementById('order'))).toBe(true);
  });

  test('the address is the footer, outside <main>, with the id "visit"', () => {
    const footer = screen.getByRole('contentinfo');
    expect(footer.tagName).toBe('FOOTER');
    expect(footer).toHaveTextContent('Av. Reforma 716, Centro, Puebla');
    expect(footer.closest('main')).toBeNull();
    expect(document.getElementById('visit')).not.toBeNull();
    expect(footer.contains(document.getElementById('visit')) || document.getElementById('visit').contains(footer)).toBe(true);
  });
});

describe('the headings', () => {
  test('one h1, and the two parts are h2', () => {
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: "Today's prices" })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Order for pickup' })).toBeInTheDocument();
  });

  test('no level is skipped', () => {
    const levels = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
    }
  });
});

describe('the price table', () => {
  test('is named by its caption', () => {
    const table = screen.getByRole('table', { name: 'Pan dulce prices (MXN)' });
    expect(clean(table.querySelector('caption').textContent)).toBe('Pan dulce prices (MXN)');
  });

  test('has column headers Bread and Price', () => {
    const headers = Array.from(document.querySelectorAll('table thead th'));
    expect(headers.map((th) => clean(th.textContent))).toEqual(['Bread', 'Price']);
    for (const th of headers) {
      expect(th).toHaveAttribute('scope', 'col');
    }
  });

  test('has one row per bread, its name as a row header', () => {
    const rows = Array.from(document.querySelectorAll('table tbody tr'));
    expect(rows).toHaveLength(4);
    rows.forEach((tr, i) => {
      const [name, price] = tr.children;
      expect(name.tagName).toBe('TH');
      expect(name).toHaveAttribute('scope', 'row');
      expect(clean(name.textContent)).toBe(BREADS[i][0]);
      expect(price.tagName).toBe('TD');
      expect(clean(price.textContent)).toBe(BREADS[i][1]);
    });
  });
});

describe('the order form', () => {
  test('name, phone and date are labeled and required', () => {
    expect(field('Your name')).toHaveAttribute('name', 'name');
    expect(field('Your name')).toBeRequired();
    expect(field('Phone')).toHaveAttribute('name', 'phone');
    expect(field('Phone')).toHaveAttribute('type', 'tel');
    expect(field('Phone')).toBeRequired();
    expect(field('Pickup date')).toHaveAttribute('name', 'pickup');
    expect(field('Pickup date')).toHaveAttribute('type', 'date');
    expect(field('Pickup date')).toBeRequired();
  });

  test('the notes are labeled and optional', () => {
    const notes = field('Notes');
    expect(notes.tagName).toBe('TEXTAREA');
    expect(notes).toHaveAttribute('name', 'notes');
    expect(notes).not.toBeRequired();
  });

  test('the pickup times are a group with a legend and a label each', () => {
    const group = screen.getByRole('group', { name: 'Pickup time' });
    expect(group.tagName).toBe('FIELDSET');
    const morning = field('8 to 12');
    const afternoon = field('12 to 6');
    expect(group.contains(morning) && group.contains(afternoon)).toBe(true);
    expect([morning.type, morning.name, morning.value]).toEqual(['radio', 'time', 'morning']);
    expect([afternoon.type, afternoon.name, afternoon.value]).toEqual(['radio', 'time', 'afternoon']);
  });

  test('a real submit button places the order', () => {
    const button = screen.getByRole('button', { name: 'Place order' });
    expect(button.tagName).toBe('BUTTON');
    expect(button).toHaveAttribute('type', 'submit');
    expect(button.form).toBe(document.querySelector('form'));
    expect(document.querySelector('div.button')).toBeNull();
  });

  test('the form keeps the names the server expects, and checks the required fields', () => {
    const form = document.querySelector('form');
    const names = new Set(Array.from(form.elements).map((el) => el.name).filter(Boolean));
    expect([...names].sort()).toEqual(['name', 'notes', 'phone', 'pickup', 'time']);
    expect(form.checkValidity()).toBe(false);
    field('Your name').value = 'Rocío';
    field('Phone').value = '222 123 4567';
    field('Pickup date').value = '2025-01-06';
    expect(form.checkValidity()).toBe(true);
  });
});
