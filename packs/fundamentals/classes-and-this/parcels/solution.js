export class Parcel {
  constructor(destination, weight) {
    this.destination = destination;
    this.weight = weight;
  }

  cost() {
    return 50 + 20 * this.weight;
  }

  label() {
    return `${this.destination}, ${this.weight} kg, $${this.cost()}`;
  }
}

export class ExpressParcel extends Parcel {
  constructor(destination, weight, days = 1) {
    super(destination, weight);
    this.days = days;
  }

  cost() {
    return super.cost() * 2;
  }

  label() {
    return `${super.label()} (express, ${this.days}-day delivery)`;
  }
}
