import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { renderBoard } from './solution';

const rows = () => Array.from(document.querySelectorAll('#departures tr'));
const cellsOf = (row) => Array.from(row.children).map((td) => td.textContent);
const empty = () => screen.getByText('No more departures today.');

const bus = (time, destination, extra = {}) => ({
  time,
  destination,
  route: `ADO ${time.replace(':', '')}`,
  platform: 4,
  status: 'on time',
  ...extra,
});

describe('renderBoard', () => {
  test('shows the example when the page loads', () => {
    expect(document.getElementById('clock')).toHaveTextContent('13:58');
    expect(rows().map((r) => r.children[1].textContent)).toEqual(['Mérida', 'Veracruz']);
  });

  test('each row has the five cells in order and the route in data-route', () => {
    renderBoard([{ time: '14:30', destination: 'Cholula', route: 'ERCO 20', platform: 12, status: 'delayed' }], '14:00');
    expect(rows()).toHaveLength(1);
    expect(rows()[0].tagName).toBe('TR');
    expect(cellsOf(rows()[0])).toEqual(['14:30', 'Cholula', 'ERCO 20', '12', 'delayed']);
    expect(Array.from(rows()[0].children).every((c) => c.tagName === 'TD')).toBe(true);
    expect(rows()[0].dataset.route).toBe('ERCO 20');
  });

  test('leaves out the departures that already left, and keeps one leaving now', () => {
    renderBoard([bus('09:59', 'Tlaxcala'), bus('10:00', 'Atlixco'), bus('10:45', 'Tehuacán')], '10:00');
    expect(rows().map((r) => r.children[1].textContent)).toEqual(['Atlixco', 'Tehuacán']);
  });

  test('sorts by time', () => {
    renderBoard([bus('18:20', 'Xalapa'), bus('08:05', 'CDMX'), bus('12:00', 'Córdoba')], '07:00');
    expect(rows().map((r) => r.children[0].textContent)).toEqual(['08:05', '12:00', '18:20']);
  });

  test('shows at most the 8 earliest', () => {
    const many = [];
    for (let h = 21; h >= 10; h--) {
      many.push(bus(`${h}:00`, `City ${h}`));
    }
    renderBoard(many, '09:00');
    expect(rows()).toHaveLength(8);
    expect(rows()[0].children[0].textContent).toBe('10:00');
    expect(rows()[7].children[0].textContent).toBe('17:00');
  });

  test('marks the departures leaving within 10 minutes', () => {
    renderBoard([bus('12:00', 'A'), bus('12:10', 'B'), bus('12:11', 'C')], '12:00');
    expect(rows().map((r) => r.classList.contains('soon'))).toEqual([true, true, false]);
  });

  test('works out minutes across the hour', () => {
    renderBoard([bus('13:05', 'A'), bus('14:00', 'B')], '12:58');
    expect(rows().map((r) => r.classList.contains('soon'))).toEqual([true, false]);
  });

  test('a canceled departure is marked and has no platform', () => {
    renderBoard([bus('16:00', 'Veracruz', { status: 'canceled', platform: 1 }), bus('16:30', 'Puerto Escondido')], '10:00');
    expect(rows()[0]).toHaveClass('canceled');
    expect(cellsOf(rows()[0])[3]).toBe('—');
    expect(rows()[1]).not.toHaveClass('canceled');
    expect(cellsOf(rows()[1])[3]).toBe('4');
  });

  test('no departures left: the message shows', () => {
    renderBoard([bus('06:00', 'CDMX')], '23:00');
    expect(rows()).toHaveLength(0);
    expect(empty()).toBeVisible();
    renderBoard([bus('23:30', 'CDMX')], '23:00');
    expect(empty()).not.toBeVisible();
    expect(rows()).toHaveLength(1);
  });

  test('each call replaces the rows, and destinations are plain text', () => {
    renderBoard([bus('10:00', 'A'), bus('11:00', 'B'), bus('12:00', 'C')], '09:00');
    renderBoard([bus('10:00', '<b>San Andrés</b> & Cholula')], '09:00');
    expect(rows()).toHaveLength(1);
    expect(rows()[0].children[1].textContent).toBe('<b>San Andrés</b> & Cholula');
    expect(document.querySelector('#departures b')).toBeNull();
  });

  test('does not change the list it receives', () => {
    const list = [bus('18:00', 'A'), bus('08:00', 'B')];
    renderBoard(list, '07:00');
    expect(list.map((d) => d.time)).toEqual(['18:00', '08:00']);
  });
});
