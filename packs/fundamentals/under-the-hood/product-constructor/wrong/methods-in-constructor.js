// Wrong approach: creates the methods inside the constructor, so every product gets its own copies.
export function Product(name, price) {
  this.name = name;
  this.price = price;
  this.withIva = function () {
    return Math.round(this.price * 1.16);
  };
  this.label = function () {
    return `${this.name} $${(this.withIva() / 100).toFixed(2)}`;
  };
}
