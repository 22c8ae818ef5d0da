function formatPesos(cents) {
  const pesos = Math.floor(cents / 100);
  const centavos = String(cents % 100).padStart(2, "0");
  return `$${pesos}.${centavos}`;
}

export function monthlyPayment(principal, yearlyRateText, months) {
  const yearlyPercent = Number(yearlyRateText.replace("%", ""));
  const r = yearlyPercent / 100 / 12;
  const payment = (principal * r) / (1 - (1 + r) ** -months);
  return Math.round(payment);
}

export function loanSummary(principal, yearlyRateText, months) {
  const payment = monthlyPayment(principal, yearlyRateText, months);
  const total = payment * months;
  const interest = total - principal;
  return `${months} payments of ${formatPesos(payment)}, total ${formatPesos(total)}, interest ${formatPesos(interest)}`;
}
