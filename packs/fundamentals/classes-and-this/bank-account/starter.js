export class BankAccount {
  constructor(owner, balance) {
    // Your code here
  }

  deposit(amount) {
    // Your code here
  }

  withdraw(amount) {
    // Your code here
  }

  get summary() {
    // Your code here
  }
}
