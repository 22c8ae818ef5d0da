export class InsufficientFundsError extends Error {
  constructor(balance, amount) {
    super(`Cannot withdraw ${amount}: balance is ${balance}`);
    this.name = "InsufficientFundsError";
    this.balance = balance;
    this.amount = amount;
  }

  get shortBy() {
    return this.amount - this.balance;
  }
}

export class Wallet {
  constructor(owner, balance = 0) {
    this.owner = owner;
    this.balance = balance;
  }

  withdraw(amount) {
    if (amount <= 0) {
      throw new RangeError("Amount must be positive");
    }
    if (amount > this.balance) {
      throw new InsufficientFundsError(this.balance, amount);
    }
    this.balance -= amount;
    return this.balance;
  }

  tryWithdraw(amount) {
    try {
      this.withdraw(amount);
      return true;
    } catch (error) {
      if (error instanceof InsufficientFundsError) {
        return false;
      }
      throw error;
    }
  }
}
