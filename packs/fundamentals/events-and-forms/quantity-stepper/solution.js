const PRICE = 18950; // centavos: $189.50
const MIN = 1;
const MAX = 10;

const quantity = document.querySelector('#quantity');
const decrease = document.querySelector('#decrease');
const increase = document.querySelector('#increase');
const total = document.querySelector('#total');

function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

function keepInLimits(n) {
  if (Number.isNaN(n)) return MIN;
  return Math.min(MAX, Math.max(MIN, n));
}

function show(n) {
  quantity.value = n;
  decrease.disabled = n <= MIN;
  increase.disabled = n >= MAX;
  total.textContent = formatPesos(n * PRICE);
}

decrease.addEventListener('click', () => {
  show(keepInLimits(Number(quantity.value) - 1));
});

increase.addEventListener('click', () => {
  show(keepInLimits(Number(quantity.value) + 1));
});

quantity.addEventListener('change', () => {
  show(keepInLimits(Number(quantity.value)));
});
