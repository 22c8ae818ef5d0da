export class ShoppingList {
  constructor() {
    // Your code here
  }

  add(item) {
    // Your code here
  }

  remove(item) {
    // Your code here
  }

  has(item) {
    // Your code here
  }

  get count() {
    // Your code here
  }

  get isEmpty() {
    // Your code here
  }

  toString() {
    // Your code here
  }
}
