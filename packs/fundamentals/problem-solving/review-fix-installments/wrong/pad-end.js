// Wrong fix: pads the centavos on the wrong side, so 5 centavos shows as ".50".
export function installments(total, months) {
  const base = Math.floor(total / months);
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
  return "$" + Math.floor(centavos / 100) + "." + String(centavos % 100).padEnd(2, "0");
}

export function schedule(total, months) {
  return installments(total, months).map(
    (payment, i) => `${i + 1}/${months} ${formatPesos(payment)}`,
  );
}
