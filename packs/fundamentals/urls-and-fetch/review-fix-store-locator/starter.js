const form = document.querySelector("#search");
const field = document.querySelector("#city");
const button = form.querySelector("button");
const status = document.querySelector("#status");
const list = document.querySelector("#stores");

function storeItem(store) {
  const item = document.createElement("li");
  item.textContent = `${store.name}, ${store.address}${store.open24h ? " (open 24 hours)" : ""}`;
  return item;
}

async function search(city) {
  status.textContent = "Loading stores…";
  button.disabled = true;
  const response = await fetch(`/api/stores?city=${encodeURIComponent(city)}`);
  const stores = await response.json();
  list.replaceChildren(...stores.map(storeItem));
  status.textContent = `${stores.length} stores in ${city}`;
  button.disabled = false;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const city = field.value.trim();
  if (city === "") {
    status.textContent = "Write a city.";
    return;
  }
  search(city);
});

// A link can open the page with a city: stores?city=...
const fromLink = location.search.split("=")[1];
if (fromLink) {
  field.value = fromLink;
  search(fromLink);
}
