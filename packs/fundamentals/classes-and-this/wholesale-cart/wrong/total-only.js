// Wrong approach: overrides only the total getter, so receipt() still shows the lines without the discount.
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

// Discount applied to the total only.
export class WholesaleCart extends Cart {
  get total() {
    let total = 0;
    for (const line of this.lines) {
      const full = catalog[line.sku].price * line.qty;
      total += line.qty >= 12 ? full - Math.round((full * 10) / 100) : full;
    }
    return total;
  }
}
