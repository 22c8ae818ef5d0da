// Wrong: keeps the prices in a property of the returned object, where anyone can change them,
// and compares a new price with the first one instead of the current one.
export function makePriceEditor(initialPrice) {
  return {
    prices: [initialPrice],
    price() {
      return this.prices[this.prices.length - 1];
    },
    set(newPrice) {
      if (Math.floor(newPrice) !== newPrice || newPrice < 0 || newPrice === this.prices[0]) {
        return false;
      }
      this.prices.push(newPrice);
      return true;
    },
    undo() {
      if (this.prices.length === 1) {
        return false;
      }
      this.prices.pop();
      return true;
    },
    history() {
      return [...this.prices];
    },
  };
}
