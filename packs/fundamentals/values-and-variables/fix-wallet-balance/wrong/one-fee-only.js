// Wrong fix: charges a single fee of 500 whatever the number of transfers.
const TRANSFER_FEE = 500;

export function balanceAfterDay(start, deposit, purchase, transfers) {
  let balance = start;
  balance = balance + deposit;
  balance = balance - purchase;
  balance = balance - TRANSFER_FEE;
  return balance;
}

export function daySummary(start, deposit, purchase, transfers) {
  const end = balanceAfterDay(start, deposit, purchase, transfers);
  return `Start: ${start} centavos. End: ${end} centavos.`;
}
