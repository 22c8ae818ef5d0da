// Assigns className, which throws away the classes "product" and "featured".
export function markSoldOut() {
  let soldOut = 0;
  for (const product of document.querySelectorAll("#products .product")) {
    if (Number(product.dataset.stock) === 0) {
      product.className = "sold-out";
      soldOut++;
    } else {
      product.classList.remove("sold-out");
    }
  }
  return soldOut;
}

markSoldOut();
