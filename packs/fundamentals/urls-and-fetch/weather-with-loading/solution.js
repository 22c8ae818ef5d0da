const button = document.querySelector("#load");
const status = document.querySelector("#status");
const weather = document.querySelector("#weather");

const city = new URLSearchParams(location.search).get("city");

button.addEventListener("click", async () => {
  button.disabled = true;
  status.textContent = "Loading…";
  try {
    const query = new URLSearchParams({ city });
    const response = await fetch(`/api/weather?${query}`);
    const data = await response.json();
    weather.textContent = `${data.city}: ${data.celsius} °C, ${data.sky}`;
    status.textContent = "";
  } finally {
    button.disabled = false;
  }
});
