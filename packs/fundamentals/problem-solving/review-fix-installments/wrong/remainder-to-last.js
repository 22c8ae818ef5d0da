// Wrong fix: adds up correctly, but puts all the leftover centavos on the last payment.
export function installments(total, months) {
  const base = Math.floor(total / months);
  const payments = [];
  for (let i = 0; i < months - 1; i++) {
    payments.push(base);
  }
  payments.push(total - base * (months - 1));
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
