import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

const style = (element) => getComputedStyle(element);
const dishes = () => Array.from(document.querySelectorAll('.dish'));
const dish = (name) => screen.getByText(name).closest('li');
const nameOf = (name) => screen.getByText(name);
const priceOf = (name) => dish(name).querySelector('.price');

function listStyleType(element) {
  const s = style(element);
  return s.listStyleType || s.listStyle;
}

describe('the menu board', () => {
  test('the list has no bullets and no padding', () => {
    const menu = screen.getByRole('list', { name: 'Menu' });
    expect(listStyleType(menu)).toBe('none');
    expect(style(menu).padding).toBe('0');
  });

  test('each dish is a flex row with the name and the price at the two ends', () => {
    for (const li of dishes()) {
      expect(style(li).display).toBe('flex');
      expect(style(li).justifyContent).toBe('space-between');
      expect(style(li).alignItems).toBe('baseline');
    }
  });

  test('each dish has its padding and a dashed line under it', () => {
    for (const li of dishes()) {
      expect(style(li).padding).toBe('0.5rem 0');
      expect(style(li).borderBottom).toBe('1px dashed #c9a227');
    }
  });

  test('every price is bold and dark red, even in a vegetarian dish', () => {
    for (const name of ['Cochinita pibil', 'Panucho de pavo', 'Papadzul', 'Salbut de frijol']) {
      expect(style(priceOf(name)).fontWeight).toBe('bold');
      expect(style(priceOf(name)).color).toBe('#7f1d1d');
    }
  });

  test('the names of vegetarian dishes are green', () => {
    expect(style(nameOf('Papadzul')).color).toBe('#166534');
    expect(style(nameOf('Salbut de frijol')).color).toBe('#166534');
  });

  test('the other names keep the body\'s color', () => {
    expect(style(nameOf('Cochinita pibil')).color).toBe('#222222');
    expect(style(nameOf('Poc chuc')).color).toBe('#222222');
    expect(style(nameOf('Panucho de pavo')).color).toBe('#222222');
  });

  test('the special has a pale yellow background and bigger text that its children inherit', () => {
    const special = dish('Panucho de pavo');
    expect(style(special).backgroundColor).toBe('#fef3c7');
    expect(style(nameOf('Panucho de pavo')).fontSize).toBe('1.25rem');
    expect(style(priceOf('Panucho de pavo')).fontSize).toBe('1.25rem');
    expect(style(dish('Poc chuc')).backgroundColor).toBe('');
    expect(style(nameOf('Poc chuc')).fontSize).toBe('');
  });

  test('a dish that becomes vegetarian later turns green too', () => {
    dish('Poc chuc').setAttribute('data-diet', 'veg');
    expect(style(nameOf('Poc chuc')).color).toBe('#166534');
    dish('Poc chuc').removeAttribute('data-diet');
  });

  test('no id selectors and no !important', () => {
    const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
    for (const rule of rules) {
      expect(rule.selectorText || '').not.toContain('#');
      expect(rule.cssText || '').not.toContain('!important');
    }
  });
});
