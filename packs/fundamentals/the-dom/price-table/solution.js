function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const rest = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${rest}`;
}

function makeCell(text) {
  const td = document.createElement("td");
  td.textContent = text;
  return td;
}

export function renderPrices(products) {
  const rows = products.map((product) => {
    const price = makeCell(`${formatPesos(product.centavos)} / ${product.unit}`);
    price.classList.add("price");

    const tr = document.createElement("tr");
    tr.append(makeCell(product.name), price);
    return tr;
  });
  document.querySelector("#prices tbody").replaceChildren(...rows);

  document.getElementById("empty").hidden = products.length > 0;
}

renderPrices([
  { name: "Tortilla de maíz", centavos: 2400, unit: "kg" },
  { name: "Tortilla de harina", centavos: 4500, unit: "package" },
  { name: "Totopos", centavos: 3250, unit: "bag" },
  { name: "Masa para tamales", centavos: 2800, unit: "kg" },
]);
