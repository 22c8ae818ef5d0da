const TACO_PRICE = 2500;
const DRINK_PRICE = 3000;

export const lineTotal = (price, quantity) => price * quantity;

function tipFor(amount, percent) {
  return Math.round((amount * percent) / 100);
}

export function orderTotal(tacos, drinks, tipPercent = 10) {
  let total = 0;
  total = total + lineTotal(TACO_PRICE, tacos);
  total = total + lineTotal(DRINK_PRICE, drinks);
  total = total + tipFor(total, tipPercent);
  return total;
}
