// Wrong approach: fixes the waiting and the catching, but still subtracts from the caller's products.
export async function syncStock(products, store) {
  const report = { updated: [], failed: [] };
  for (const product of products) {
    try {
      product.units = Math.max(0, product.units - product.reserved);
      await store.updateStock(product.sku, product.units);
      report.updated.push(product.sku);
    } catch (error) {
      report.failed.push({ sku: product.sku, reason: error.message });
    }
  }
  return report;
}
