export function growSavings(amount, rate, years) {
  return amount * (1 + rate) ** years;
}
