const form = document.querySelector("#track");
const input = document.querySelector("#order");
const button = form.querySelector("button");
const status = document.querySelector("#status");
const result = document.querySelector("#result");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const number = input.value.trim();
  const response = await fetch(`/api/orders/${number}`);
  const order = await response.json();
  result.textContent = `Order ${order.id}: ${order.status}`;
});
