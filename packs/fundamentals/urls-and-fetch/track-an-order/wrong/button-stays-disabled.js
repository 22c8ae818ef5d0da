// Enables the button again only after a success, so one failed search locks the form.
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
    if (response.status === 404) {
      status.textContent = `We couldn't find order ${number}. Check the number and try again.`;
      return;
    }
    if (!response.ok) {
      status.textContent = "Something went wrong on our side. Please try again in a few minutes.";
      return;
    }
    const order = await response.json();
    result.textContent = `Order ${order.id}: ${order.status}`;
    status.textContent = "";
    button.disabled = false;
  } catch (error) {
    status.textContent = "We can't reach the server. Check your connection and try again.";
  }
});
