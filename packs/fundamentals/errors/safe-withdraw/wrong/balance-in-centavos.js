// Wrong approach: puts the balance in the message as centavos ("balance is 8000") instead of pesos.
export function withdraw(balance, amount) {
  if (amount <= 0) {
    throw new Error("Amount must be positive");
  }
  if (amount > balance) {
    throw new Error(`Insufficient funds: balance is ${balance}`);
  }
  return balance - amount;
}
