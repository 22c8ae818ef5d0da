import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

const INGREDIENTS = [
  '12 corn tortillas, cut in triangles',
  '500 g of tomatillos',
  '2 serrano chiles',
  'A quarter of an onion',
  '1 clove of garlic',
  'Crema and queso fresco, to serve',
];

const STEPS = [
  'Fry the tortilla triangles until golden, and let them drain.',
  'Boil the tomatillos and the chiles for 10 minutes.',
  'Blend them with the onion, the garlic and a cup of the cooking water.',
  'Simmer the salsa for 5 minutes and add salt to taste.',
  'Stir in the fried tortillas and serve right away with crema and queso fresco.',
];

const clean = (text) => text.replace(/\s+/g, ' ').trim();
const listAfter = (headingName) => screen.getByRole('heading', { name: headingName }).nextElementSibling;
const itemTexts = (list) => Array.from(list.children).map((li) => clean(li.textContent));

describe('the chilaquiles recipe', () => {
  test('the ingredients are a <ul> right after their heading', () => {
    const list = listAfter('Ingredients');
    expect(list).not.toBeNull();
    expect(list.tagName).toBe('UL');
  });

  test('each ingredient is its own <li>, all 6 of them', () => {
    const list = listAfter('Ingredients');
    expect(Array.from(list.children).every((child) => child.tagName === 'LI')).toBe(true);
    expect(itemTexts(list)).toEqual(INGREDIENTS);
  });

  test('the steps are an <ol> right after their heading', () => {
    const list = listAfter('Steps');
    expect(list).not.toBeNull();
    expect(list.tagName).toBe('OL');
  });

  test('each step is its own <li>, in order, all 5 of them', () => {
    const list = listAfter('Steps');
    expect(Array.from(list.children).every((child) => child.tagName === 'LI')).toBe(true);
    expect(itemTexts(list).map((text) => text.replace(/^\d+[.)]\s*/, ''))).toEqual(STEPS);
  });

  test('the steps do not repeat the numbers the <ol> shows', () => {
    const texts = itemTexts(listAfter('Steps'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toMatch(/^\d+[.)]/);
    }
  });

  test('the <br> line breaks are gone', () => {
    expect(document.querySelectorAll('br')).toHaveLength(0);
  });

  test('the old paragraphs are gone, and the one under the title stays', () => {
    const paragraphs = Array.from(document.querySelectorAll('p')).map((p) => clean(p.textContent));
    expect(paragraphs).toEqual(['Breakfast for two, ready in 30 minutes.']);
  });

  test('a screen reader finds two lists with 11 items in all', () => {
    expect(screen.getAllByRole('list')).toHaveLength(2);
    expect(screen.getAllByRole('listitem')).toHaveLength(11);
  });
});
