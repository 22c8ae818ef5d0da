import { describe, test, expect } from '@jest/globals';
import { Recipe } from './solution';

function tamales() {
  const recipe = new Recipe('Tamales', 4);
  recipe.addIngredient('masa', 500, 'g');
  recipe.addIngredient('chicken', 300, 'g');
  recipe.addIngredient('corn husks', 12, 'pieces');
  return recipe;
}

describe('Recipe', () => {
  test('stores the name and servings and starts with no ingredients', () => {
    const recipe = new Recipe('Enchiladas', 6);
    expect(recipe.name).toBe('Enchiladas');
    expect(recipe.servings).toBe(6);
    expect(recipe.ingredients).toEqual([]);
    expect(recipe.ingredientCount).toBe(0);
  });

  test('adds ingredients as objects', () => {
    const recipe = new Recipe('Jugo', 1);
    recipe.addIngredient('piña', 200, 'g');
    expect(recipe.ingredients).toEqual([{ name: 'piña', amount: 200, unit: 'g' }]);
  });

  test('addIngredient returns the recipe so calls can be chained', () => {
    const recipe = new Recipe('Tostadas', 2);
    const result = recipe.addIngredient('bread', 4, 'slices').addIngredient('butter', 20, 'g');
    expect(result).toBe(recipe);
    expect(recipe.ingredientCount).toBe(2);
  });

  test('scales every amount up', () => {
    const party = tamales().scaledTo(12);
    expect(party.servings).toBe(12);
    expect(party.ingredients).toEqual([
      { name: 'masa', amount: 1500, unit: 'g' },
      { name: 'chicken', amount: 900, unit: 'g' },
      { name: 'corn husks', amount: 36, unit: 'pieces' },
    ]);
  });

  test('scales amounts down', () => {
    const small = tamales().scaledTo(1);
    expect(small.ingredients[0].amount).toBe(125);
    expect(small.ingredients[1].amount).toBe(75);
  });

  test('returns a new Recipe and leaves the original alone', () => {
    const original = tamales();
    const bigger = original.scaledTo(8);
    expect(bigger).toBeInstanceOf(Recipe);
    expect(bigger).not.toBe(original);
    expect(bigger.name).toBe('Tamales');
    expect(original.servings).toBe(4);
    expect(original.ingredients[0].amount).toBe(500);
  });

  test('scaling a recipe with no ingredients works', () => {
    const rice = new Recipe('Arroz', 2).scaledTo(1);
    expect(rice.servings).toBe(1);
    expect(rice.ingredientCount).toBe(0);
  });

  test('the scaled copy has its own ingredient list', () => {
    const original = tamales();
    const copy = original.scaledTo(4);
    copy.addIngredient('salt', 5, 'g');
    expect(original.ingredientCount).toBe(3);
    expect(copy.ingredientCount).toBe(4);
  });
});
