// Shows "Loading…" but never disables the button, so a double click sends two requests.
const button = document.querySelector("#load");
const status = document.querySelector("#status");
const weather = document.querySelector("#weather");

const city = new URLSearchParams(location.search).get("city");

button.addEventListener("click", async () => {
  status.textContent = "Loading…";
  const response = await fetch(`/api/weather?${new URLSearchParams({ city })}`);
  const data = await response.json();
  weather.textContent = `${data.city}: ${data.celsius} °C, ${data.sky}`;
  status.textContent = "";
});
