export function makeAccount(initial, overdraft = 0) {
  let balance = initial;

  return {
    balance: () => balance,
    deposit: (amount) => {
      if (amount > 0) {
        balance = balance + amount;
      }
      return balance;
    },
    withdraw: (amount) => {
      if (amount <= 0 || balance - amount < -overdraft) {
        return false;
      }
      balance = balance - amount;
      return true;
    },
  };
}
