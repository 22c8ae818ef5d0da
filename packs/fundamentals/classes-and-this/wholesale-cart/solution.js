import { catalog } from "./catalog.js";

export class Cart {
  constructor() {
    this.lines = [];
  }

  // Adds qty units of a product; adding the same product again raises its qty.
  // Unknown products are ignored.
  add(sku, qty = 1) {
    if (!Object.hasOwn(catalog, sku)) {
      return this;
    }
    const line = this.lines.find((existing) => existing.sku === sku);
    if (line) {
      line.qty += qty;
    } else {
      this.lines.push({ sku, qty });
    }
    return this;
  }

  // The price of one line, in centavos.
  lineTotal(line) {
    return catalog[line.sku].price * line.qty;
  }

  get total() {
    return this.lines.reduce((sum, line) => sum + this.lineTotal(line), 0);
  }

  receipt() {
    return this.lines.map((line) => `${line.qty} x ${catalog[line.sku].name}: ${this.lineTotal(line)}`);
  }
}

// Lines of 12 units or more get 10% off, rounded to the nearest centavo.
export class WholesaleCart extends Cart {
  lineTotal(line) {
    const full = super.lineTotal(line);
    if (line.qty < 12) {
      return full;
    }
    return full - Math.round((full * 10) / 100);
  }
}
