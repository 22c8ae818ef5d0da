// Wrong: undo can remove the first price too, and a fraction is accepted.
export function makePriceEditor(initialPrice) {
  const prices = [initialPrice];

  function current() {
    return prices[prices.length - 1];
  }

  return {
    price() {
      return current();
    },
    set(newPrice) {
      if (newPrice < 0 || newPrice === current()) {
        return false;
      }
      prices.push(newPrice);
      return true;
    },
    undo() {
      if (prices.length === 0) {
        return false;
      }
      prices.pop();
      return true;
    },
    history() {
      return [...prices];
    },
  };
}
