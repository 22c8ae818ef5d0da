export function withdraw(balance, amount) {
  if (amount <= 0) {
    throw new Error("Amount must be positive");
  }
  if (amount > balance) {
    throw new Error(`Insufficient funds: balance is $${(balance / 100).toFixed(2)}`);
  }
  return balance - amount;
}
