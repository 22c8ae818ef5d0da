// Appends rows without clearing the old ones, so every call adds to the table.
function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const rest = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${rest}`;
}

export function renderPrices(products) {
  const body = document.querySelector("#prices tbody");
  for (const product of products) {
    const tr = document.createElement("tr");
    const name = document.createElement("td");
    name.textContent = product.name;
    const price = document.createElement("td");
    price.textContent = `${formatPesos(product.centavos)} / ${product.unit}`;
    price.classList.add("price");
    tr.append(name, price);
    body.append(tr);
  }
  document.getElementById("empty").hidden = products.length > 0;
}

renderPrices([
  { name: "Tortilla de maíz", centavos: 2400, unit: "kg" },
  { name: "Tortilla de harina", centavos: 4500, unit: "package" },
  { name: "Totopos", centavos: 3250, unit: "bag" },
  { name: "Masa para tamales", centavos: 2800, unit: "kg" },
]);
