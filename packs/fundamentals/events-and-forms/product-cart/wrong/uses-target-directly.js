// Checks event.target itself instead of using closest, so a click on the button's icon is missed.
const products = document.querySelector('#products');
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

products.addEventListener('click', (event) => {
  if (!event.target.classList.contains('add')) return;
  count = count + 1;
  totalCentavos = totalCentavos + Number(event.target.parentElement.dataset.price);
  showCart();
});

emptyCart.addEventListener('click', () => {
  count = 0;
  totalCentavos = 0;
  showCart();
});
