// Fill the table's <tbody> with one row per product: the name, and the price in pesos
// with its unit (in a cell with the class "price"). Show #empty only when there are no products.
export function renderPrices(products) {
  // Your code here
}

// Runs once when the page loads, with today's prices.
renderPrices([
  { name: "Tortilla de maíz", centavos: 2400, unit: "kg" },
  { name: "Tortilla de harina", centavos: 4500, unit: "package" },
  { name: "Totopos", centavos: 3250, unit: "bag" },
  { name: "Masa para tamales", centavos: 2800, unit: "kg" },
]);
