// Gives each button its own listener when the page loads, so products added later do nothing.
const cartSummary = document.querySelector('#cart-summary');
const emptyCart = document.querySelector('#empty-cart');

function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

let count = 0;
let totalCentavos = 0;

function showCart() {
  const items = count === 1 ? '1 item' : `${count} items`;
  cartSummary.textContent = `Cart: ${items}, ${formatPesos(totalCentavos)}`;
}

for (const button of document.querySelectorAll('.add')) {
  button.addEventListener('click', () => {
    count = count + 1;
    totalCentavos = totalCentavos + Number(button.closest('.product').dataset.price);
    showCart();
  });
}

emptyCart.addEventListener('click', () => {
  count = 0;
  totalCentavos = 0;
  showCart();
});
