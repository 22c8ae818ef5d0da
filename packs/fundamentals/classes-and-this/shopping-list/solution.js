export class ShoppingList {
  constructor() {
    this.items = [];
  }

  add(item) {
    if (this.has(item)) {
      return false;
    }
    this.items.push(item);
    return true;
  }

  remove(item) {
    const position = this.items.indexOf(item);
    if (position === -1) {
      return false;
    }
    this.items.splice(position, 1);
    return true;
  }

  has(item) {
    return this.items.includes(item);
  }

  get count() {
    return this.items.length;
  }

  get isEmpty() {
    return this.items.length === 0;
  }

  toString() {
    return this.items.join(", ");
  }
}
