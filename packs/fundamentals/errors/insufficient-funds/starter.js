export class InsufficientFundsError extends Error {
  constructor(balance, amount) {
    super();
    // Your code here
  }

  get shortBy() {
    // Your code here
  }
}

export class Wallet {
  constructor(owner, balance) {
    // Your code here
  }

  withdraw(amount) {
    // Your code here
  }

  tryWithdraw(amount) {
    // Your code here
  }
}
