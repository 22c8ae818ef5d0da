// Shows "Loading…" only after the answer has arrived, so the visitor never sees it while waiting.
const button = document.querySelector("#load");
const status = document.querySelector("#status");
const weather = document.querySelector("#weather");

const city = new URLSearchParams(location.search).get("city");

button.addEventListener("click", async () => {
  const response = await fetch(`/api/weather?${new URLSearchParams({ city })}`);
  button.disabled = true;
  status.textContent = "Loading…";
  const data = await response.json();
  weather.textContent = `${data.city}: ${data.celsius} °C, ${data.sky}`;
  status.textContent = "";
  button.disabled = false;
});
