export const walletMethods = {
  deposit(amount) {
    this.centavos += amount;
    return this.centavos;
  },

  withdraw(amount) {
    if (amount > this.centavos) {
      return false;
    }
    this.centavos -= amount;
    return true;
  },

  balanceText() {
    return `${this.owner}: $${(this.centavos / 100).toFixed(2)}`;
  },
};

export function createWallet(owner, centavos = 0) {
  const wallet = Object.create(walletMethods);
  wallet.owner = owner;
  wallet.centavos = centavos;
  return wallet;
}
