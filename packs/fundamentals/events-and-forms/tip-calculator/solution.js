const form = document.querySelector('#tip-form');
const result = document.querySelector('#result');

function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const billCentavos = Math.round(Number(data.get('bill')) * 100);
  const percent = Number(data.get('tip'));
  const tipCentavos = Math.round((billCentavos * percent) / 100);
  const totalCentavos = billCentavos + tipCentavos;
  result.textContent = `Tip: ${formatPesos(tipCentavos)}, total: ${formatPesos(totalCentavos)}`;
});

form.addEventListener('reset', () => {
  result.textContent = '';
});
