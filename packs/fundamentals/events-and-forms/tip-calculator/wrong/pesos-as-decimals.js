// Does the money in pesos with decimals and rounds with toFixed, so half centavos can round down.
const form = document.querySelector('#tip-form');
const result = document.querySelector('#result');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const bill = Number(data.get('bill'));
  const tip = (bill * Number(data.get('tip'))) / 100;
  const total = bill + tip;
  result.textContent = `Tip: $${tip.toFixed(2)}, total: $${total.toFixed(2)}`;
});

form.addEventListener('reset', () => {
  result.textContent = '';
});
