// Wrong fix: copies the parent's formula instead of reusing it with super, so a price change
// in Shipment no longer reaches express shipments.
// Shipping from the warehouse in Querétaro. Costs are in centavos.
export class Shipment {
  constructor(id, weightKg) {
    this.id = id;
    this.weightKg = weightKg;
  }

  // $99.00 base plus $15.00 for each started kilogram.
  cost() {
    return 9900 + Math.ceil(this.weightKg) * 1500;
  }

  label() {
    return `${this.id} (${this.weightKg} kg)`;
  }
}

// Express: same-day delivery inside one city, $120.00 more than a normal shipment.
export class ExpressShipment extends Shipment {
  constructor(id, weightKg, city) {
    super(id, weightKg);
    this.city = city;
  }

  cost() {
    return 9900 + Math.ceil(this.weightKg) * 1500 + 12000;
  }

  label() {
    return `${super.label()} EXPRESS to ${this.city}`;
  }
}
