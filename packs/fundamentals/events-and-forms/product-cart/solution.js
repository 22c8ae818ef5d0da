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
  const button = event.target.closest('.add');
  if (button === null) return;
  const card = button.closest('.product');
  count = count + 1;
  totalCentavos = totalCentavos + Number(card.dataset.price);
  showCart();
});

emptyCart.addEventListener('click', () => {
  count = 0;
  totalCentavos = 0;
  showCart();
});
