// Sends the available stock of every product to the online store.
export async function syncStock(products, store) {
  const report = { updated: [], failed: [] };

  products.forEach(async (product) => {
    try {
      product.units -= product.reserved;
      store.updateStock(product.sku, product.units);
      report.updated.push(product.sku);
    } catch (error) {
      report.failed.push({ sku: product.sku, reason: error.message });
    }
  });

  return report;
}
