import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';

const headingLevels = () =>
  Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));

describe('the taquería page', () => {
  test('the top part is the page header (banner) and holds the h1', () => {
    const banner = screen.getByRole('banner');
    expect(banner.tagName).toBe('HEADER');
    expect(within(banner).getByRole('heading', { level: 1 })).toHaveTextContent('Taquería Los Compadres');
  });

  test('the three links are in a <nav>', () => {
    const nav = screen.getByRole('navigation');
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent.trim())).toEqual(['Menu', 'Locations', 'Order online']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['menu.html', 'locations.html', 'order.html']);
  });

  test('the menu is the one <main> of the page', () => {
    const mains = screen.getAllByRole('main');
    expect(mains).toHaveLength(1);
    expect(mains[0].tagName).toBe('MAIN');
    expect(mains[0]).toHaveTextContent('Tacos árabes');
    expect(mains[0]).toHaveTextContent('Cemitas');
  });

  test('each part of the menu is a <section> in <main>, with its heading', () => {
    const main = screen.getByRole('main');
    const sections = Array.from(main.querySelectorAll('section'));
    expect(sections).toHaveLength(2);
    expect(sections[0].querySelector('h1, h2, h3, h4, h5, h6')).toHaveTextContent('Tacos árabes');
    expect(sections[0]).toHaveTextContent('$28 MXN each');
    expect(sections[1].querySelector('h1, h2, h3, h4, h5, h6')).toHaveTextContent('Cemitas');
    expect(sections[1]).toHaveTextContent('$85 MXN');
  });

  test('the hours are an <aside>, outside <main>', () => {
    const aside = screen.getByRole('complementary');
    expect(aside.tagName).toBe('ASIDE');
    expect(aside).toHaveTextContent('Hours');
    expect(aside).toHaveTextContent('Tuesday to Sunday, 1 pm to 11 pm.');
    expect(aside.closest('main')).toBeNull();
  });

  test('the address is in the page footer (content info), outside <main>', () => {
    const footer = screen.getByRole('contentinfo');
    expect(footer.tagName).toBe('FOOTER');
    expect(footer).toHaveTextContent('Calle 5 de Mayo 210, Centro Histórico, Puebla');
  });

  test('the headings under the h1 are h2', () => {
    for (const name of ['Tacos árabes', 'Cemitas', 'Hours']) {
      expect(screen.getByRole('heading', { name })).toBe(screen.getByRole('heading', { level: 2, name }));
    }
  });

  test('the outline has one h1 first and skips no level', () => {
    const levels = headingLevels();
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) {
        expect(level).toBeLessThanOrEqual(levels[i - 1] + 1);
      }
    });
  });

  test('every class is still there for the style sheet', () => {
    for (const selector of ['.top', '.links', '.content', '.side', '.bottom']) {
      expect(document.querySelectorAll(selector)).toHaveLength(1);
    }
    expect(document.querySelectorAll('.menu-part')).toHaveLength(2);
  });
});
