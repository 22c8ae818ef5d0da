export function Item(name, price) {
  this.name = name;
  this.price = price;
}

Item.prototype.withIva = function () {
  return Math.round(this.price * 1.16);
};

Item.prototype.label = function () {
  return `${this.name} $${(this.withIva() / 100).toFixed(2)}`;
};

// Several units of one item, sold at a discount.
export function Pack(item, units, discountPercent) {
  const price = Math.round((item.price * units * (100 - discountPercent)) / 100);
  Item.call(this, `${item.name} x${units}`, price);
  this.units = units;
}

Pack.prototype = Object.create(Item.prototype);
Pack.prototype.constructor = Pack;

Pack.prototype.unitPrice = function () {
  return Math.round(this.price / this.units);
};

// New: see the instructions.
export function Bundle(name, items) {}

export function cheapest(...items) {}
