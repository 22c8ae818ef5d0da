// Wrong approach: a class whose methods depend on `this`, so they break when taken out of the object.
class Account {
  #balance;
  #overdraft;

  constructor(initial, overdraft) {
    this.#balance = initial;
    this.#overdraft = overdraft;
  }

  balance() {
    return this.#balance;
  }

  deposit(amount) {
    if (amount > 0) {
      this.#balance = this.#balance + amount;
    }
    return this.#balance;
  }

  withdraw(amount) {
    if (amount <= 0 || this.#balance - amount < -this.#overdraft) {
      return false;
    }
    this.#balance = this.#balance - amount;
    return true;
  }
}

export function makeAccount(initial, overdraft = 0) {
  return new Account(initial, overdraft);
}
