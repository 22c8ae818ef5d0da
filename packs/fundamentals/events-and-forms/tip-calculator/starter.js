// On submit: no reload, then show "Tip: $X, total: $Y" in #result (money in centavos).
// On reset: empty #result.
const form = document.querySelector('#tip-form');
const result = document.querySelector('#result');

// formatPesos(40250) is "$402.50", formatPesos(294060) is "$2,940.60".
function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

// Your code here
