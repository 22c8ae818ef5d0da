// Wrong: sets Bundle.prototype = Item.prototype instead of linking a new object to it, so the
// bundle's label and contents land on Item.prototype and change every item's label.
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

const itemLabel = Item.prototype.label;

export function Bundle(name, items) {
  const sum = items.reduce((total, item) => total + item.price, 0);
  Item.call(this, name, Math.round(sum * 0.9));
  this.items = [...items];
}

Bundle.prototype = Item.prototype;

Bundle.prototype.contents = function () {
  return this.items.map((item) => item.name).join(", ");
};

Bundle.prototype.label = function () {
  if (this.items === undefined) {
    return itemLabel.call(this);
  }
  return `${itemLabel.call(this)} (${this.contents()})`;
};

export function cheapest(...items) {
  let best = null;
  for (const item of items) {
    if (best === null || item.isCheaperThan(best)) {
      best = item;
    }
  }
  return best;
}
