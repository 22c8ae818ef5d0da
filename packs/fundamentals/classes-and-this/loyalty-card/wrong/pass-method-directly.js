// Wrong fix: passes the method itself to forEach, which calls it without its object, so this is lost again.
// A coffee shop's loyalty card: 1 point for every full $10.00 MXN of a purchase.
export class LoyaltyCard {
  constructor(owner) {
    this.owner = owner;
    this.points = 0;
    this.purchases = 0;
  }

  // centavos: the amount of one purchase
  addPurchase(centavos) {
    this.points = this.points + Math.floor(centavos / 1000);
    this.purchases = this.purchases + 1;
  }

  // Adds every purchase of a day at once.
  addPurchases(list) {
    list.forEach(this.addPurchase);
  }

  get level() {
    if (this.points >= 500) {
      return "Gold";
    }
    if (this.points >= 100) {
      return "Silver";
    }
    return "Bronze";
  }

  summary() {
    return `${this.owner}: ${this.points} points (${this.level})`;
  }
}
