// Reads the tip in orderTotal but never updates the total when another tip is picked.
const form = document.querySelector("#order");
const servingsField = document.querySelector("#servings");
const totalText = document.querySelector("#total");
const confirmation = document.querySelector("#confirmation");
const pickup = document.querySelector("#pickup");
const address = document.querySelector("#address");
const postalCode = document.querySelector("#postal-code");
const postalError = document.querySelector("#postal-error");

const PRICE = 12000; // centavos per serving
const POSTAL_MESSAGE = "We only deliver in Guadalajara: postal codes 44000 to 45999.";

function pesos(centavos) {
  return `$${(centavos / 100).toFixed(2)}`;
}

function tipPercent() {
  return Number(form.querySelector('input[name="tip"]:checked').value);
}

// The total in centavos, or null when the number of servings is not valid.
function orderTotal() {
  const servings = Number(servingsField.value);
  if (!servingsField.checkValidity() || servings < 1) {
    return null;
  }
  const subtotal = servings * PRICE;
  return subtotal + Math.round((subtotal * tipPercent()) / 100);
}

function showTotal() {
  const total = orderTotal();
  totalText.textContent = total === null ? "Total: —" : `Total: ${pesos(total)}`;
}

function checkPostalCode() {
  const code = postalCode.value.trim();
  const message = code === "" || /^4[45]\d{3}$/.test(code) ? "" : POSTAL_MESSAGE;
  postalCode.setCustomValidity(message);
  postalError.textContent = message;
}

function showAddress() {
  address.hidden = pickup.checked;
  address.disabled = pickup.checked;
}

servingsField.addEventListener("input", showTotal);

pickup.addEventListener("change", showAddress);
postalCode.addEventListener("input", checkPostalCode);

form.addEventListener("submit", (event) => {
  event.preventDefault();
  checkPostalCode();
  if (!form.checkValidity()) {
    confirmation.textContent = "Please check the form.";
    return;
  }
  const data = new FormData(form);
  const where = pickup.checked ? "for pickup" : `for delivery to ${data.get("street").trim()}`;
  confirmation.textContent = `Order received: ${data.get("servings")} servings, ${pesos(orderTotal())}, ${where}.`;
});

showTotal();
