import { describe, test, expect } from '@jest/globals';
import { menuPaths } from './solution';

function makeMenu() {
  return {
    label: 'Menu',
    items: [
      {
        label: 'Drinks',
        items: [
          { label: 'Hot', items: [{ label: 'Coffee' }, { label: 'Tea' }] },
          { label: 'Lemonade' },
        ],
      },
      { label: 'Empanadas' },
    ],
  };
}

describe('menuPaths', () => {
  test('lists every dish of a nested menu in order', () => {
    expect(menuPaths(makeMenu())).toEqual([
      'Menu > Drinks > Hot > Coffee',
      'Menu > Drinks > Hot > Tea',
      'Menu > Drinks > Lemonade',
      'Menu > Empanadas',
    ]);
  });

  test('gives a dish on its own its label', () => {
    expect(menuPaths({ label: 'Tea' })).toEqual(['Tea']);
  });

  test('returns an empty array for an empty section', () => {
    expect(menuPaths({ label: 'Desserts', items: [] })).toEqual([]);
  });

  test('skips empty sections inside the menu', () => {
    const menu = { label: 'Menu', items: [{ label: 'Desserts', items: [] }, { label: 'Arepa' }] };
    expect(menuPaths(menu)).toEqual(['Menu > Arepa']);
  });

  test('keeps accents and ñ in labels', () => {
    const menu = { label: 'Menú', items: [{ label: 'Niños', items: [{ label: 'Puré' }] }] };
    expect(menuPaths(menu)).toEqual(['Menú > Niños > Puré']);
  });

  test('returns one path per dish', () => {
    expect(menuPaths(makeMenu())).toHaveLength(4);
  });

  test('works on a section taken from inside the menu', () => {
    expect(menuPaths(makeMenu().items[0])).toEqual(['Drinks > Hot > Coffee', 'Drinks > Hot > Tea', 'Drinks > Lemonade']);
  });

  test('does not change the menu it receives', () => {
    const menu = makeMenu();
    menuPaths(menu);
    expect(menu).toEqual(makeMenu());
  });
});
