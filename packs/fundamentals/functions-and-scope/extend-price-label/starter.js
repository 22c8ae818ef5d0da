export function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${cents} MXN`;
}

export function addIva(centavos) {
  // Your code here
}

export function priceLabel(name, centavos) {
  return `${name}: ${formatPesos(centavos)}`;
}
