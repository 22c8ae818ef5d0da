// Only adds the class: a product that is back in stock keeps its old "sold-out".
export function markSoldOut() {
  let soldOut = 0;
  for (const product of document.querySelectorAll("#products .product")) {
    if (product.dataset.stock === "0") {
      product.classList.add("sold-out");
      soldOut++;
    }
  }
  return soldOut;
}

markSoldOut();
