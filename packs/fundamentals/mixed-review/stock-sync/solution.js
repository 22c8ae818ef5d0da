// Sends the available stock of every product to the online store.
export async function syncStock(products, store) {
  const report = { updated: [], failed: [] };

  for (const product of products) {
    try {
      const available = Math.max(0, product.units - product.reserved);
      await store.updateStock(product.sku, available);
      report.updated.push(product.sku);
    } catch (error) {
      report.failed.push({ sku: product.sku, reason: error.message });
    }
  }

  return report;
}
