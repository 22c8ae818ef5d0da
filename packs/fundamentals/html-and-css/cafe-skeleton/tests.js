import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

describe("the café's page skeleton", () => {
  test('the <html> element says the page is in Spanish (es-MX)', () => {
    const lang = document.documentElement.getAttribute('lang');
    expect(lang).not.toBeNull();
    expect(['es-mx', 'es']).toContain(lang.trim().toLowerCase());
  });

  test('the head sets the character encoding to utf-8', () => {
    const meta = document.head.querySelector('meta[charset]');
    expect(meta).not.toBeNull();
    expect(meta.getAttribute('charset').trim().toLowerCase()).toBe('utf-8');
  });

  test('the head has the viewport meta for phones', () => {
    const meta = document.head.querySelector('meta[name="viewport"]');
    expect(meta).not.toBeNull();
    const content = meta.getAttribute('content').replace(/\s+/g, '');
    expect(content).toContain('width=device-width');
    expect(content).toContain('initial-scale=1');
  });

  test("the title names the café", () => {
    expect(document.title).toContain('Café La Cosecha');
  });

  test('the title names the city', () => {
    expect(document.title).toContain('Oaxaca');
  });

  test('the title is in the head, not "Home"', () => {
    expect(document.head.querySelector('title')).not.toBeNull();
    expect(document.title.trim()).not.toBe('Home');
  });

  test('the body keeps its one heading', () => {
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Café La Cosecha');
  });
});
