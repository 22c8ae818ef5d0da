export function applyDiscount(product, percent) {
  const newPrice = product.price - (product.price * percent) / 100;
  return { ...product, price: newPrice, oldPrice: product.price };
}
