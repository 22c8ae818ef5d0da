const form = document.querySelector("#search");
const field = document.querySelector("#q");
const status = document.querySelector("#status");
const list = document.querySelector("#results");

// Formats integer centavos as pesos: 1250 -> "$12.50".
function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const rest = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${rest}`;
}

form.addEventListener("submit", async (event) => {
  // Your code here
});
