export function makeCart() {
  return {
    items: [],
    add(name, price, quantity = 1) {
      this.items.push({ name, price, quantity });
    },
    total() {
      let sum = 0;
      for (const item of this.items) {
        sum += item.price * item.quantity;
      }
      return sum;
    },
    count() {
      let units = 0;
      for (const item of this.items) {
        units += item.quantity;
      }
      return units;
    },
  };
}
