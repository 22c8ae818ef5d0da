// Wrong fix: fixes the loop, the numbering and the padding, but keeps Math.round for the base,
// so a price that rounds up gets payments that add up to too much.
export function installments(total, months) {
  const base = Math.round(total / months);
  const remainder = total - base * months;
  const payments = [];
  for (let i = 0; i < months; i++) {
    if (i < remainder) {
      payments.push(base + 1);
    } else {
      payments.push(base);
    }
  }
  return payments;
}

export function formatPesos(centavos) {
  return "$" + Math.floor(centavos / 100) + "." + String(centavos % 100).padStart(2, "0");
}

export function schedule(total, months) {
  return installments(total, months).map(
    (payment, i) => `${i + 1}/${months} ${formatPesos(payment)}`,
  );
}
