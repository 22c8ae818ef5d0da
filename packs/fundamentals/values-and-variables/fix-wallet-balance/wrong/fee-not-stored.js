// Wrong fix: switches to let, but the line with the transfer fee still stores nothing.
const TRANSFER_FEE = 500;

export function balanceAfterDay(start, deposit, purchase, transfers) {
  let balance = start;
  balance = balance + deposit;
  balance = balance - purchase;
  balance - transfers * TRANSFER_FEE;
  return balance;
}

export function daySummary(start, deposit, purchase, transfers) {
  const end = balanceAfterDay(start, deposit, purchase, transfers);
  return `Start: ${start} centavos. End: ${end} centavos.`;
}
