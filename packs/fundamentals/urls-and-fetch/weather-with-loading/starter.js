const button = document.querySelector("#load");
const status = document.querySelector("#status");
const weather = document.querySelector("#weather");

button.addEventListener("click", async () => {
  const response = await fetch("/api/weather");
  const data = await response.json();
  weather.textContent = `${data.city}: ${data.celsius} °C, ${data.sky}`;
});
