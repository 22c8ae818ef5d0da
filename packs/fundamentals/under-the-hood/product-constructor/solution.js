export function Product(name, price) {
  this.name = name;
  this.price = price;
}

Product.prototype.withIva = function () {
  return Math.round(this.price * 1.16);
};

Product.prototype.label = function () {
  return `${this.name} $${(this.withIva() / 100).toFixed(2)}`;
};
