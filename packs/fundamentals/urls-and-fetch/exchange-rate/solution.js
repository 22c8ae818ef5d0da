// Formats integer centavos as pesos: 1712 -> "$17.12", 5 -> "$0.05".
export function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const rest = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${rest}`;
}

// Fetches today's USD to MXN rate from /api/rates/usd-mxn and returns it as an object.
export async function getRate() {
  const response = await fetch("/api/rates/usd-mxn");
  return response.json();
}

// When the page loads, show the rate in #rate and the date in #updated.
async function showRate() {
  const rate = await getRate();
  document.querySelector("#rate").textContent = `1 USD = ${formatPesos(rate.centavos)} MXN`;
  document.querySelector("#updated").textContent = `Updated ${rate.date}`;
}

showRate();
