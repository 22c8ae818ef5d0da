export function markSoldOut() {
  let soldOut = 0;
  for (const product of document.querySelectorAll("#products .product")) {
    const isSoldOut = Number(product.dataset.stock) === 0;
    product.classList.toggle("sold-out", isSoldOut);
    if (isSoldOut) {
      soldOut++;
    }
  }
  return soldOut;
}

markSoldOut();
