export class Recipe {
  constructor(name, servings) {
    // Your code here
  }

  addIngredient(name, amount, unit) {
    // Your code here
  }

  get ingredientCount() {
    // Your code here
  }

  scaledTo(servings) {
    // Your code here
  }
}
