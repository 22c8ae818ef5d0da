export function addToCart(count, typed) {
  return count + Number(typed);
}

export function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, "0");
  return "$" + pesos + "." + cents;
}
