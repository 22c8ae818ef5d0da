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
      if (Math.floor(newPrice) !== newPrice || newPrice < 0 || newPrice === current()) {
        return false;
      }
      prices.push(newPrice);
      return true;
    },
    undo() {
      if (prices.length === 1) {
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
