// Wrong: gives each bundle its own copies of the methods, never links it to Item.prototype, and
// keeps the caller's items array itself.
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

Item.prototype.isCheaperThan = function (other) {
  return this.price < other.price;
};

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

export function Bundle(name, items) {
  const sum = items.reduce((total, item) => total + item.price, 0);
  this.name = name;
  this.price = Math.round(sum * 0.9);
  this.items = items;
  this.withIva = Item.prototype.withIva;
  this.isCheaperThan = Item.prototype.isCheaperThan;
  this.contents = function () {
    return this.items.map((item) => item.name).join(", ");
  };
  this.label = function () {
    return `${Item.prototype.label.call(this)} (${this.contents()})`;
  };
}

export function cheapest(...items) {
  let best = null;
  for (const item of items) {
    if (best === null || item.isCheaperThan(best)) {
      best = item;
    }
  }
  return best;
}
