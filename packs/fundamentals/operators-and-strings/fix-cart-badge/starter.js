export function addToCart(count, typed) {
  return count + typed;
}

export function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = centavos % 100;
  return "$" + pesos + "." + cents;
}
