// Wrong approach: waits for each update with .then outside the try, so a rejection is never caught and stops the sync.
export async function syncStock(products, store) {
  const report = { updated: [], failed: [] };
  for (const product of products) {
    let pending;
    try {
      pending = store.updateStock(product.sku, Math.max(0, product.units - product.reserved));
    } catch (error) {
      report.failed.push({ sku: product.sku, reason: error.message });
      continue;
    }
    await pending;
    report.updated.push(product.sku);
  }
  return report;
}
