// Wrong approach: sends every update at the same time with Promise.all, which the store's API refuses.
export async function syncStock(products, store) {
  const report = { updated: [], failed: [] };
  const outcomes = await Promise.all(products.map(async (product) => {
    try {
      await store.updateStock(product.sku, Math.max(0, product.units - product.reserved));
      return { sku: product.sku, ok: true };
    } catch (error) {
      return { sku: product.sku, ok: false, reason: error.message };
    }
  }));
  for (const outcome of outcomes) {
    if (outcome.ok) report.updated.push(outcome.sku);
    else report.failed.push({ sku: outcome.sku, reason: outcome.reason });
  }
  return report;
}
