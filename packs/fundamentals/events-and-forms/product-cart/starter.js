// One click listener on #products adds the clicked product's data-price to the cart.
// #cart-summary shows "Cart: N items, $TOTAL"; #empty-cart empties the cart.
const products = document.querySelector('#products');
const cartSummary = document.querySelector('#cart-summary');
const emptyCart = document.querySelector('#empty-cart');

// formatPesos(37600) is "$376.00".
function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, '0');
  return `$${pesos.toLocaleString('en-US')}.${cents}`;
}

// Your code here
