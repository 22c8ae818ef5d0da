// Wrong approach: uses class, which the old codebase can't run with Product.call.
export class Product {
  constructor(name, price) {
    this.name = name;
    this.price = price;
  }

  withIva() {
    return Math.round(this.price * 1.16);
  }

  label() {
    return `${this.name} $${(this.withIva() / 100).toFixed(2)}`;
  }
}
