const form = document.querySelector("#search");
const field = document.querySelector("#q");
const status = document.querySelector("#status");
const list = document.querySelector("#results");

// Formats integer centavos as pesos: 1250 -> "$12.50".
function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const rest = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${rest}`;
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const term = field.value.trim();
  list.replaceChildren();
  status.textContent = "";
  if (term === "") {
    status.textContent = "Type something to search.";
    return;
  }

  const query = new URLSearchParams({ q: term });
  const response = await fetch(`/api/products?${query}`);
  const products = await response.json();

  if (products.length === 0) {
    status.textContent = `No products match "${term}".`;
    return;
  }
  for (const product of products) {
    const item = document.createElement("li");
    item.textContent = `${product.name}: ${formatPesos(product.priceCentavos)}`;
    list.append(item);
  }
});
