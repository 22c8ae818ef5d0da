export class BankAccount {
  constructor(owner, balance = 0) {
    this.owner = owner;
    this.balance = balance;
  }

  deposit(amount) {
    if (amount > 0) {
      this.balance += amount;
    }
    return this.balance;
  }

  withdraw(amount) {
    if (amount <= 0 || amount > this.balance) {
      return false;
    }
    this.balance -= amount;
    return true;
  }

  get summary() {
    return `${this.owner}: $${this.balance}`;
  }
}
