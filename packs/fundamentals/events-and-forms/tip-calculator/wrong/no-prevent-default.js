// Forgets event.preventDefault(), so a real browser reloads the page and the result is lost.
const form = document.querySelector('#tip-form');
const result = document.querySelector('#result');

function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

form.addEventListener('submit', () => {
  const data = new FormData(form);
  const billCentavos = Math.round(Number(data.get('bill')) * 100);
  const tipCentavos = Math.round((billCentavos * Number(data.get('tip'))) / 100);
  result.textContent = `Tip: ${formatPesos(tipCentavos)}, total: ${formatPesos(billCentavos + tipCentavos)}`;
});

form.addEventListener('reset', () => {
  result.textContent = '';
});
