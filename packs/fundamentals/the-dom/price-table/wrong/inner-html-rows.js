// Builds the rows as an HTML string with innerHTML, so a name with tags in it becomes markup.
export function renderPrices(products) {
  const body = document.querySelector("#prices tbody");
  body.innerHTML = products
    .map((p) => `<tr><td>${p.name}</td><td class="price">$${(p.centavos / 100).toFixed(2)} / ${p.unit}</td></tr>`)
    .join("");
  document.getElementById("empty").hidden = products.length > 0;
}

renderPrices([
  { name: "Tortilla de maíz", centavos: 2400, unit: "kg" },
  { name: "Tortilla de harina", centavos: 4500, unit: "package" },
  { name: "Totopos", centavos: 3250, unit: "bag" },
  { name: "Masa para tamales", centavos: 2800, unit: "kg" },
]);
