// A quantity stepper: − and + change the quantity between MIN and MAX, the buttons are disabled
// at the limits, and #total shows quantity × PRICE. A typed quantity is fixed up on "change".
const PRICE = 18950; // centavos: $189.50
const MIN = 1;
const MAX = 10;

const quantity = document.querySelector('#quantity');
const decrease = document.querySelector('#decrease');
const increase = document.querySelector('#increase');
const total = document.querySelector('#total');

// formatPesos(37900) is "$379.00", formatPesos(189500) is "$1,895.00".
function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

// Your code here
