import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

const style = (element) => getComputedStyle(element);
const background = (element) => (style(element).backgroundColor || style(element).background).toLowerCase();
const badgeOf = (dish) => screen.getByText(dish, { exact: false }).querySelector('.badge');
const rules = () => Array.from(document.styleSheets[0].cssRules);

describe('the specials badges', () => {
  test('sold-out badges are red (#9b2226)', () => {
    expect(background(badgeOf('Gringa de pastor'))).toBe('#9b2226');
    expect(background(badgeOf('Agua de pepino'))).toBe('#9b2226');
  });

  test('the other badges stay green (#2a9d8f)', () => {
    expect(background(badgeOf('Tacos de cochinita'))).toBe('#2a9d8f');
    expect(background(badgeOf('Pozole verde'))).toBe('#2a9d8f');
  });

  test('every badge keeps its color, padding and font size', () => {
    for (const badge of document.querySelectorAll('.badge')) {
      expect(style(badge).color).toBe('white');
      expect(style(badge).padding).toBe('0.1rem 0.5rem');
      expect(style(badge).fontSize).toBe('0.8rem');
    }
  });

  test('sold-out badges are still crossed out', () => {
    for (const badge of document.querySelectorAll('.sold-out')) {
      expect(style(badge).textDecoration).toBe('line-through');
    }
    expect(style(badgeOf('Pozole verde')).textDecoration).toBe('');
  });

  test('a dish that sells out later gets a red badge too', () => {
    const badge = badgeOf('Pozole verde');
    badge.classList.add('sold-out');
    expect(background(badge)).toBe('#9b2226');
    badge.classList.remove('sold-out');
    expect(background(badge)).toBe('#2a9d8f');
  });

  test('the list items keep their padding', () => {
    for (const li of document.querySelectorAll('.specials li')) {
      expect(style(li).padding).toBe('0.5rem 0');
    }
  });

  test('the sheet has no !important', () => {
    for (const rule of rules()) {
      expect(rule.cssText).not.toContain('!important');
    }
  });

  test('the sheet has no id selectors', () => {
    const selectors = rules().map((rule) => rule.selectorText).filter(Boolean);
    expect(selectors.length).toBeGreaterThan(0);
    for (const selector of selectors) {
      expect(selector).not.toContain('#');
    }
  });
});
