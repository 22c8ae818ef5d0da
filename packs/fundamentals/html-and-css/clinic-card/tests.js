import { describe, test, expect } from '@jest/globals';
import '@testing-library/jest-dom';

const card = () => document.querySelector('.card');
const button = () => document.querySelector('.button');
const style = (element) => getComputedStyle(element);

// The four sides of margin or padding, from the shorthand and the longhands the sheet wrote.
function sides(element, property) {
  const s = style(element);
  const parts = (s[property] || '').split(/\s+/).filter(Boolean);
  const [top = '', right = top, bottom = top, left = right] = parts;
  const inline = (s[`${property}Inline`] || '').split(/\s+/).filter(Boolean);
  return {
    top: s[`${property}Top`] || top,
    right: s[`${property}Right`] || inline[1] || inline[0] || right,
    bottom: s[`${property}Bottom`] || bottom,
    left: s[`${property}Left`] || inline[0] || left,
  };
}

// box-sizing set on the card itself, or by a rule such as `*, *::before, *::after { ... }`
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

describe('the clinic card', () => {
  test('the width includes padding and border (box-sizing: border-box)', () => {
    expect(boxSizing(card())).toBe('border-box');
  });

  test('the card keeps its width, padding and border', () => {
    expect(style(card()).width).toBe('22rem');
    expect(sides(card(), 'padding')).toEqual({ top: '2rem', right: '2rem', bottom: '2rem', left: '2rem' });
    expect(style(card()).border.replace(/\s+/g, ' ').trim()).toBe('2px solid #4a90c2');
  });

  test('the card is centered: left and right margins are auto', () => {
    const margin = sides(card(), 'margin');
    expect(margin.left).toBe('auto');
    expect(margin.right).toBe('auto');
  });

  test('the card has 2rem of space above it', () => {
    expect(sides(card(), 'margin').top).toBe('2rem');
  });

  test('the button is a block', () => {
    expect(style(button()).display).toBe('block');
  });

  test("the button's text is centered", () => {
    expect(style(button()).textAlign).toBe('center');
  });

  test('the button has 0.75rem of padding above and below, 1rem on the sides', () => {
    expect(sides(button(), 'padding')).toEqual({ top: '0.75rem', right: '1rem', bottom: '0.75rem', left: '1rem' });
  });

  test('the button keeps its colors', () => {
    expect(style(button()).backgroundColor).toBe('#1d6fa5');
    expect(style(button()).color).toBe('white');
  });
});
