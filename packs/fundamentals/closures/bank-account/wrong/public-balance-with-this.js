// Wrong approach: keeps the balance in a public property of the returned object and uses `this`.
export function makeAccount(initial, overdraft = 0) {
  return {
    money: initial,
    balance() {
      return this.money;
    },
    deposit(amount) {
      if (amount > 0) {
        this.money = this.money + amount;
      }
      return this.money;
    },
    withdraw(amount) {
      if (amount <= 0 || this.money - amount < -overdraft) {
        return false;
      }
      this.money = this.money - amount;
      return true;
    },
  };
}
