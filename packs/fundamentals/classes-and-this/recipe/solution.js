export class Recipe {
  constructor(name, servings) {
    this.name = name;
    this.servings = servings;
    this.ingredients = [];
  }

  addIngredient(name, amount, unit) {
    this.ingredients.push({ name, amount, unit });
    return this;
  }

  get ingredientCount() {
    return this.ingredients.length;
  }

  scaledTo(servings) {
    const factor = servings / this.servings;
    const scaled = new Recipe(this.name, servings);
    for (const ingredient of this.ingredients) {
      scaled.addIngredient(ingredient.name, ingredient.amount * factor, ingredient.unit);
    }
    return scaled;
  }
}
