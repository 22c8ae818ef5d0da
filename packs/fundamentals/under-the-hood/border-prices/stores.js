// Two stores of the same chain. Prices are in centavos (25000 centavos = $250.00 MXN).
// Tienda Centro charges the general 16% IVA; Tienda Frontera, in Tijuana, applies the
// reduced 8% rate of the northern border region.

export const centro = {
  name: "Tienda Centro",
  ivaRate: 0.16,

  // The price with IVA, rounded to the nearest centavo.
  priceWithIva(centavos) {
    return Math.round(centavos * (1 + this.ivaRate));
  },

  // One line of a receipt, like "Tienda Centro: Concha $17.40".
  receiptLine(product, centavos) {
    const withIva = Math.round(centavos * (1 + this.ivaRate));
    return `${this.name}: ${product} $${(withIva / 100).toFixed(2)}`;
  },
};

export const frontera = {
  name: "Tienda Frontera",
  ivaRate: 0.08,
};
