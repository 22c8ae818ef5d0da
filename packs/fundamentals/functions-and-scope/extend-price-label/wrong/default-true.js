// Wrong approach: makes IVA the default, which changes the labels that old code prints.
export function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${cents} MXN`;
}

export function addIva(centavos) {
  return Math.round(centavos * 1.16);
}

export function priceLabel(name, centavos, withIva = true) {
  if (withIva) {
    return `${name}: ${formatPesos(addIva(centavos))} (IVA included)`;
  }
  return `${name}: ${formatPesos(centavos)}`;
}
