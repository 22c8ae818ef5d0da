export const walletMethods = {
  deposit(amount) {
    this.centavos += amount;
    return this.centavos;
  },

  balanceText() {
    return `${this.owner}: $${(this.centavos / 100).toFixed(2)}`;
  },
};

export function createWallet(owner, centavos = 0) {
  return {
    owner: owner,
    centavos: centavos,
    deposit: walletMethods.deposit,
    balanceText: walletMethods.balanceText,
  };
}
