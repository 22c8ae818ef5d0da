export function installments(total, months) {
  const base = Math.round(total / months);
  const remainder = total - base * months;
  const payments = [];
  for (let i = 1; i < months; i++) {
    if (i < remainder) {
      payments.push(base + 1);
    } else {
      payments.push(base);
    }
  }
  return payments;
}

export function formatPesos(centavos) {
  return "$" + Math.floor(centavos / 100) + "." + (centavos % 100);
}

export function schedule(total, months) {
  return installments(total, months).map(
    (payment, i) => `${i}/${months} ${formatPesos(payment)}`,
  );
}
