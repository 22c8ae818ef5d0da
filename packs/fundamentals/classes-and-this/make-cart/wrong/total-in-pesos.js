// Wrong approach: total() divides by 100 and returns pesos instead of centavos.
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
      return sum / 100;
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
