// Leaves out the parentheses around the bottom of the formula, so it divides by 1 and then subtracts.
function formatPesos(cents) {
  const pesos = Math.floor(cents / 100);
  const centavos = String(cents % 100).padStart(2, "0");
  return `$${pesos}.${centavos}`;
}

export function monthlyPayment(principal, yearlyRateText, months) {
  const r = Number(yearlyRateText.replace("%", "")) / 100 / 12;
  return Math.round(principal * r / 1 - (1 + r) ** -months);
}

export function loanSummary(principal, yearlyRateText, months) {
  const payment = monthlyPayment(principal, yearlyRateText, months);
  const total = payment * months;
  const interest = total - principal;
  return `${months} payments of ${formatPesos(payment)}, total ${formatPesos(total)}, interest ${formatPesos(interest)}`;
}
