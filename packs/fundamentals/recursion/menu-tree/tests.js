import { describe, test, expect } from '@jest/globals';
import { menu } from './menu.js';
import { countDishes, menuLines, dishPath } from './solution';

describe('what already works', () => {
  test('counts the dishes at every depth', () => {
    expect(countDishes(menu)).toBe(7);
  });

  test('prints the menu with indentation', () => {
    expect(menuLines(menu)).toEqual([
      'Menú',
      '  Antojitos',
      '    Panuchos',
      '    Salbutes',
      '  Platos fuertes',
      '    Cochinita pibil',
      '    Pescado tikin xic',
      '  Bebidas',
      '    Aguas frescas',
      '      Horchata',
      '      Chaya con piña',
      '    Café de olla',
    ]);
  });
});

describe('dishPath', () => {
  test('finds a dish one level down', () => {
    expect(dishPath(menu, 'Cochinita pibil')).toEqual(['Menú', 'Platos fuertes', 'Cochinita pibil']);
  });

  test('finds a dish two levels down', () => {
    expect(dishPath(menu, 'Horchata')).toEqual(['Menú', 'Bebidas', 'Aguas frescas', 'Horchata']);
  });

  test('finds a dish that comes after a subcategory', () => {
    expect(dishPath(menu, 'Café de olla')).toEqual(['Menú', 'Bebidas', 'Café de olla']);
  });

  test('returns null for a dish that is not on the menu', () => {
    expect(dishPath(menu, 'Pozole')).toBeNull();
  });

  test('does not return a category as a dish', () => {
    expect(dishPath(menu, 'Aguas frescas')).toBeNull();
  });

  test('finds dishes directly in the category it is given', () => {
    const drinks = { name: 'Bebidas', items: [{ name: 'Atole', price: 3000 }] };
    expect(dishPath(drinks, 'Atole')).toEqual(['Bebidas', 'Atole']);
    expect(dishPath({ name: 'Vacío', items: [] }, 'Atole')).toBeNull();
  });

  test('works at any depth', () => {
    const deep = {
      name: 'A',
      items: [{ name: 'B', items: [{ name: 'C', items: [{ name: 'D', items: [{ name: 'Marquesita', price: 4500 }] }] }] }],
    };
    expect(dishPath(deep, 'Marquesita')).toEqual(['A', 'B', 'C', 'D', 'Marquesita']);
  });

  test('does not change the menu', () => {
    const before = JSON.stringify(menu);
    dishPath(menu, 'Horchata');
    dishPath(menu, 'Pozole');
    expect(JSON.stringify(menu)).toBe(before);
  });
});
