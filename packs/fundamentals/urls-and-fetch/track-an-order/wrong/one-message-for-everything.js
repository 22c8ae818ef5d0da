// Throws on every bad status and shows the network message for all of them.
const form = document.querySelector("#track");
const input = document.querySelector("#order");
const button = form.querySelector("button");
const status = document.querySelector("#status");
const result = document.querySelector("#result");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const number = input.value.trim();
  result.textContent = "";
  if (number === "") {
    status.textContent = "Type your order number.";
    return;
  }
  button.disabled = true;
  status.textContent = "Loading…";
  try {
    const response = await fetch(`/api/orders/${number}`);
    if (!response.ok) {
      throw new Error(`Request failed with status ${response.status}`);
    }
    const order = await response.json();
    result.textContent = `Order ${order.id}: ${order.status}`;
    status.textContent = "";
  } catch (error) {
    status.textContent = "We can't reach the server. Check your connection and try again.";
  } finally {
    button.disabled = false;
  }
});
