import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';

const nav = () => screen.getByRole('navigation', { name: 'Main' });
const links = () => nav().querySelector('.nav-links');
const style = (element) => getComputedStyle(element);

function sides(element, property) {
  const s = style(element);
  const parts = (s[property] || '').split(/\s+/).filter(Boolean);
  const [top = '', right = top, bottom = top, left = right] = parts;
  return [s[`${property}Top`] || top, s[`${property}Right`] || right, s[`${property}Bottom`] || bottom, s[`${property}Left`] || left];
}

describe('the navigation bar', () => {
  test('the nav is a flex container', () => {
    expect(style(nav()).display).toBe('flex');
  });

  test('the logo and the links are pushed to the two ends', () => {
    expect(style(nav()).justifyContent).toBe('space-between');
  });

  test('the logo and the links are centered vertically', () => {
    expect(style(nav()).alignItems).toBe('center');
  });

  test('the nav keeps its padding', () => {
    expect(style(nav()).padding).toBe('1rem');
  });

  test('the list of links is a flex container with a 1rem gap', () => {
    expect(style(links()).display).toBe('flex');
    expect(['1rem', '16px']).toContain(style(links()).gap);
  });

  test('the list has no bullets and no default margin or padding', () => {
    const s = style(links());
    expect(s.listStyle || s.listStyleType).toBe('none');
    expect(sides(links(), 'margin').every((value) => value === '0' || value === '0px')).toBe(true);
    expect(sides(links(), 'padding').every((value) => value === '0' || value === '0px')).toBe(true);
  });

  test('the items have no display: inline and no margin of their own', () => {
    const items = within(links()).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    for (const li of items) {
      expect(style(li).display).not.toBe('inline');
      expect(sides(li, 'margin').every((value) => value === '')).toBe(true);
    }
  });

  test('the logo and the four links are still in the nav', () => {
    const names = within(nav()).getAllByRole('link').map((a) => a.textContent.trim());
    expect(names).toEqual(['Cowork Barrio Antiguo', 'Plans', 'Meeting rooms', 'Events', 'Contact']);
  });
});
