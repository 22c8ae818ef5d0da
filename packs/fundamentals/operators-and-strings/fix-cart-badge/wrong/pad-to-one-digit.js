// Wrong fix: pads with a zero only when the centavos are 0, so 1205 still shows "$12.5".
export function addToCart(count, typed) {
  return count + Number(typed);
}

export function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(1, "0");
  return "$" + pesos + "." + cents;
}
