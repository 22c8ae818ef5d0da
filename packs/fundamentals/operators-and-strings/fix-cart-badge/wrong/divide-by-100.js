// Wrong fix: divides by 100 and lets JavaScript print the number, which drops trailing zeros.
export function addToCart(count, typed) {
  return count + Number(typed);
}

export function formatPesos(centavos) {
  return "$" + centavos / 100;
}
