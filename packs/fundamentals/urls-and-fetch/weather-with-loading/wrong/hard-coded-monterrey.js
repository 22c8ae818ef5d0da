// Asks for Monterrey instead of the city in the page's address.
const button = document.querySelector("#load");
const status = document.querySelector("#status");
const weather = document.querySelector("#weather");

button.addEventListener("click", async () => {
  button.disabled = true;
  status.textContent = "Loading…";
  try {
    const response = await fetch("/api/weather?city=Monterrey");
    const data = await response.json();
    weather.textContent = `${data.city}: ${data.celsius} °C, ${data.sky}`;
    status.textContent = "";
  } finally {
    button.disabled = false;
  }
});
