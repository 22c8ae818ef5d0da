// Wrong fix: makes the function pure, but a missing tip percentage still gives NaN.
const TACO_PRICE = 2500;
const DRINK_PRICE = 3000;

export const lineTotal = (price, quantity) => price * quantity;

function tipFor(amount, percent) {
  return Math.round((amount * percent) / 100);
}

export function orderTotal(tacos, drinks, tipPercent) {
  const food = lineTotal(TACO_PRICE, tacos) + lineTotal(DRINK_PRICE, drinks);
  return food + tipFor(food, tipPercent);
}
