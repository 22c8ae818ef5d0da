export function makeCart() {
  return {
    items: [],
    add(name, priceCents, quantity = 1) {
      this.items.push({ name, priceCents, quantity });
    },
    total() {
      let sum = 0;
      for (const item of this.items) {
        sum += item.priceCents * item.quantity;
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
