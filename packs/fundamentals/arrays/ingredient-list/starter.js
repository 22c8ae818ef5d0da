export function ingredientList(text) {
  // Your code here
}
