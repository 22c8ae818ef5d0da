import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

const style = (element) => getComputedStyle(element);
const jobs = () => screen.getByRole('region', { name: 'Jobs' });
const cards = () => Array.from(document.querySelectorAll('.card'));
const featured = () => document.querySelector('.card.featured');
const others = () => cards().filter((card) => !card.classList.contains('featured'));

function declared(element, property) {
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (rule.selectorText && element.matches(rule.selectorText) && rule.style.getPropertyValue(property) !== '') {
        return true;
      }
    }
  }
  return false;
}

describe('the job cards', () => {
  test('the cards wrap, 1rem apart', () => {
    const s = style(jobs());
    expect(s.display).toBe('flex');
    expect(s.flexWrap || (s.flexFlow.includes('wrap') ? 'wrap' : '')).toBe('wrap');
    expect(s.gap).toBe('1rem');
  });

  test('the cards have no margin of their own', () => {
    for (const card of cards()) {
      const s = style(card);
      expect([s.margin, s.marginRight, s.marginLeft].join('')).toBe('');
    }
  });

  test('each card is 18rem wide, padding and border included', () => {
    for (const card of cards()) {
      expect(style(card).width).toBe('18rem');
      expect(style(card).padding).toBe('1rem');
      expect(style(card).boxSizing).toBe('border-box');
    }
  });

  test('each card is still a column', () => {
    for (const card of cards()) {
      expect(style(card).display).toBe('flex');
      expect(style(card).flexDirection).toBe('column');
    }
  });

  test('the tags sit in a row that wraps, 0.5rem apart, without bullets', () => {
    for (const list of Array.from(document.querySelectorAll('.tags'))) {
      const s = style(list);
      expect(s.display).toBe('flex');
      expect(s.flexWrap || (s.flexFlow.includes('wrap') ? 'wrap' : '')).toBe('wrap');
      expect(s.gap).toBe('0.5rem');
      expect(s.listStyle || s.listStyleType).toBe('none');
      expect(s.padding).toBe('0');
    }
  });

  test('the featured card has the teal border and its background', () => {
    expect(style(featured()).borderColor).toBe('#0f766e');
    expect(style(featured()).backgroundColor).toBe('#f0fdfa');
  });

  test('the other cards keep the gray border and no background', () => {
    for (const card of others()) {
      expect(style(card).borderColor).toBe('#d1d5db');
      expect(declared(card, 'background-color')).toBe(false);
    }
  });

  test('every card keeps a 2px solid border', () => {
    for (const card of cards()) {
      expect(style(card).borderWidth).toBe('2px');
      expect(style(card).borderStyle).toBe('solid');
    }
  });

  test('a card featured later turns teal too', () => {
    const card = others()[0];
    card.classList.add('featured');
    expect(style(card).borderColor).toBe('#0f766e');
    card.classList.remove('featured');
  });

  test('no id selectors and no !important', () => {
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        expect(rule.selectorText || '').not.toContain('#');
        expect(rule.cssText || '').not.toContain('!important');
      }
    }
  });
});
