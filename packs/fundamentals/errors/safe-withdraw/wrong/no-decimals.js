// Wrong approach: shows the balance as pesos without forcing two decimals, so $80.00 comes out as "$80".
export function withdraw(balance, amount) {
  if (amount <= 0) {
    throw new Error("Amount must be positive");
  }
  if (amount > balance) {
    throw new Error(`Insufficient funds: balance is $${balance / 100}`);
  }
  return balance - amount;
}
