// Wrong approach: no closure over a variable; the balance is a public property anyone can overwrite.
export function makeAccount(initial, overdraft = 0) {
  const account = {
    money: initial,
    balance: () => account.money,
    deposit: (amount) => {
      if (amount > 0) {
        account.money = account.money + amount;
      }
      return account.money;
    },
    withdraw: (amount) => {
      if (amount <= 0 || account.money - amount < -overdraft) {
        return false;
      }
      account.money = account.money - amount;
      return true;
    },
  };
  return account;
}
