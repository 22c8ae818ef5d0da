import { describe, test, expect } from '@jest/globals';
import { LoyaltyCard } from './solution';

describe('LoyaltyCard', () => {
  test('starts with no points and no purchases', () => {
    const card = new LoyaltyCard('Ana');
    expect(card.owner).toBe('Ana');
    expect(card.points).toBe(0);
    expect(card.purchases).toBe(0);
  });

  test('gives one point per full $10.00', () => {
    const card = new LoyaltyCard('Ana');
    card.addPurchase(4500);
    expect(card.points).toBe(4);
    card.addPurchase(999);
    expect(card.points).toBe(4);
    expect(card.purchases).toBe(2);
  });

  test('adds a list of purchases', () => {
    const card = new LoyaltyCard('Ana');
    card.addPurchase(4500);
    card.addPurchases([12000, 999, 3000]);
    expect(card.points).toBe(19);
    expect(card.purchases).toBe(4);
  });

  test('an empty list changes nothing', () => {
    const card = new LoyaltyCard('Luis');
    card.addPurchases([]);
    expect(card.points).toBe(0);
  });

  test('the level follows the points', () => {
    const card = new LoyaltyCard('Sofía');
    expect(card.level).toBe('Bronze');
    card.addPurchases([99000]);
    expect(card.level).toBe('Bronze');
    card.addPurchase(1000);
    expect(card.level).toBe('Silver');
    card.addPurchase(400000);
    expect(card.level).toBe('Gold');
  });

  test('summarizes the card', () => {
    const card = new LoyaltyCard('Ana');
    card.addPurchases([4500, 12000, 999, 3000]);
    expect(card.summary()).toBe('Ana: 19 points (Bronze)');
  });

  test('cards do not share points', () => {
    const ana = new LoyaltyCard('Ana');
    const omar = new LoyaltyCard('Omar');
    ana.addPurchases([50000]);
    expect(omar.points).toBe(0);
    expect(ana.points).toBe(50);
  });
});
