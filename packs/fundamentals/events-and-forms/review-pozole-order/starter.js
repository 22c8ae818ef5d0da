const form = document.querySelector("#order");
const servingsField = document.querySelector("#servings");
const totalText = document.querySelector("#total");
const confirmation = document.querySelector("#confirmation");

const PRICE = 12000; // centavos per serving

function pesos(centavos) {
  return `$${(centavos / 100).toFixed(2)}`;
}

// The total in centavos, or null when the number of servings is not valid.
function orderTotal() {
  const servings = Number(servingsField.value);
  if (!servingsField.checkValidity() || servings < 1) {
    return null;
  }
  return servings * PRICE;
}

function showTotal() {
  const total = orderTotal();
  totalText.textContent = total === null ? "Total: —" : `Total: ${pesos(total)}`;
}

servingsField.addEventListener("input", showTotal);

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!form.checkValidity()) {
    confirmation.textContent = "Please check the form.";
    return;
  }
  const data = new FormData(form);
  confirmation.textContent =
    `Order received: ${data.get("servings")} servings, ${pesos(orderTotal())}, ` +
    `for delivery to ${data.get("street").trim()}.`;
});

showTotal();
