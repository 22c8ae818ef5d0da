import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

const stalls = () => screen.getByRole('region', { name: 'Stalls' });
const cards = () => Array.from(document.querySelectorAll('.stall'));
const style = (element) => getComputedStyle(element);

function marginTop(element) {
  const s = style(element);
  return s.marginTop || (s.margin || '').split(/\s+/).filter(Boolean)[0] || '';
}

function boxSizing(element) {
  const computed = style(element).boxSizing;
  if (computed) return computed;
  for (const rule of Array.from(document.styleSheets[0].cssRules)) {
    if (!rule.selectorText || rule.style.getPropertyValue('box-sizing') === '') continue;
    const parts = rule.selectorText.split(',').map((part) => part.trim());
    if (parts.some((part) => !part.includes(':') && element.matches(part))) {
      return rule.style.getPropertyValue('box-sizing');
    }
  }
  return '';
}

describe('the market stalls', () => {
  test('the container is a flex container', () => {
    expect(style(stalls()).display).toBe('flex');
  });

  test('the cards wrap onto the next line', () => {
    const s = style(stalls());
    expect(s.flexWrap || (s.flexFlow.includes('wrap') ? 'wrap' : '')).toBe('wrap');
  });

  test('the cards are 1.5rem apart', () => {
    expect(['1.5rem', '24px']).toContain(style(stalls()).gap);
  });

  test('the cards are centered along the row', () => {
    expect(style(stalls()).justifyContent).toBe('center');
  });

  test('each card is 15rem wide, padding and border included', () => {
    expect(cards()).toHaveLength(5);
    for (const card of cards()) {
      expect(style(card).width).toBe('15rem');
      expect(style(card).padding).toBe('1rem');
      expect(boxSizing(card)).toBe('border-box');
    }
  });

  test('the cards have no margin or vertical-align of their own', () => {
    for (const card of cards()) {
      const s = style(card);
      expect([s.margin, s.marginTop, s.marginRight, s.marginBottom, s.marginLeft].join('')).toBe('');
      expect(s.verticalAlign).toBe('');
    }
  });

  test('each card is a column flex container', () => {
    for (const card of cards()) {
      expect(style(card).display).toBe('flex');
      const s = style(card);
      expect(s.flexDirection || s.flexFlow.split(/\s+/)[0]).toBe('column');
    }
  });

  test("each card's link is pushed to the bottom (margin-top: auto)", () => {
    const links = document.querySelectorAll('.stall-link');
    expect(links).toHaveLength(5);
    for (const link of links) {
      expect(marginTop(link)).toBe('auto');
    }
  });
});
