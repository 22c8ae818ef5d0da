import { describe, test, expect } from '@jest/globals';
import { walletMethods, createWallet } from './solution';

describe('createWallet', () => {
  test('a new wallet has its owner and starts at 0', () => {
    const beto = createWallet('Beto');
    expect(beto.owner).toBe('Beto');
    expect(beto.centavos).toBe(0);
  });

  test('deposit adds to the balance and returns it', () => {
    const ana = createWallet('Ana', 5000);
    expect(ana.deposit(2550)).toBe(7550);
    expect(ana.centavos).toBe(7550);
  });

  test('balanceText shows pesos with two decimals', () => {
    expect(createWallet('Ana', 7550).balanceText()).toBe('Ana: $75.50');
    expect(createWallet('Beto').balanceText()).toBe('Beto: $0.00');
  });

  test('a wallet is linked to walletMethods', () => {
    const ana = createWallet('Ana', 5000);
    expect(Object.getPrototypeOf(ana)).toBe(walletMethods);
  });

  test('a wallet holds only owner and centavos itself', () => {
    expect(Object.keys(createWallet('Ana', 5000))).toEqual(['owner', 'centavos']);
  });

  test('a method added to walletMethods later reaches existing wallets', () => {
    const ana = createWallet('Ana', 5000);
    walletMethods.isEmpty = function () {
      return this.centavos === 0;
    };
    try {
      expect(ana.isEmpty()).toBe(false);
      expect(createWallet('Beto').isEmpty()).toBe(true);
    } finally {
      delete walletMethods.isEmpty;
    }
  });

  test('withdraw takes money out when there is enough', () => {
    const ana = createWallet('Ana', 7550);
    expect(ana.withdraw(550)).toBe(true);
    expect(ana.balanceText()).toBe('Ana: $70.00');
    expect(ana.withdraw(7000)).toBe(true);
    expect(ana.centavos).toBe(0);
  });

  test('withdraw refuses when there is not enough and changes nothing', () => {
    const ana = createWallet('Ana', 5000);
    expect(ana.withdraw(10000)).toBe(false);
    expect(ana.centavos).toBe(5000);
  });

  test('two wallets keep separate balances', () => {
    const ana = createWallet('Ana', 5000);
    const beto = createWallet('Beto', 100);
    ana.deposit(1000);
    beto.withdraw(100);
    expect(ana.centavos).toBe(6000);
    expect(beto.centavos).toBe(0);
  });
});
