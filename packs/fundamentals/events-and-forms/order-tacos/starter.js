// On submit: no reload, then a summary like
//   "3 tacos, pastor, corn tortillas. Salsas: verde, roja. Total: $66.00"
// in #summary. On reset: empty #summary.
const PRICES = { pastor: 2200, bistec: 2500, suadero: 2400 }; // centavos per taco
const FLOUR_EXTRA = 300; // centavos per taco on a flour tortilla

const form = document.querySelector('#order-form');
const summary = document.querySelector('#summary');

// formatPesos(6600) is "$66.00".
function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

// Your code here
