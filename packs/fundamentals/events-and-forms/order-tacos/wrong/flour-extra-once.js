// Adds the flour extra once per order instead of once per taco.
const PRICES = { pastor: 2200, bistec: 2500, suadero: 2400 };
const FLOUR_EXTRA = 300;

const form = document.querySelector('#order-form');
const summary = document.querySelector('#summary');

function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const quantity = Number(data.get('quantity'));
  const filling = data.get('filling');
  const tortilla = data.get('tortilla');
  const salsas = data.getAll('salsa');
  const total = quantity * PRICES[filling] + (tortilla === 'flour' ? FLOUR_EXTRA : 0);
  const tacos = quantity === 1 ? '1 taco' : `${quantity} tacos`;
  const salsaText = salsas.length === 0 ? 'none' : salsas.join(', ');
  summary.textContent = `${tacos}, ${filling}, ${tortilla} tortillas. Salsas: ${salsaText}. Total: ${formatPesos(total)}`;
});

form.addEventListener('reset', () => {
  summary.textContent = '';
});
