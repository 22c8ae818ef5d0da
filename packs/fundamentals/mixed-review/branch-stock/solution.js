export function mergeStock(reports) {
  const bySku = {};

  for (const { branch, json } of reports) {
    let stock;
    try {
      stock = JSON.parse(json);
    } catch {
      throw new Error(`${branch} sent invalid data`);
    }

    for (const [sku, { name, units }] of Object.entries(stock)) {
      if (!Number.isInteger(units) || units < 0) {
        throw new RangeError(`${branch}: invalid units for ${sku}`);
      }
      if (!Object.hasOwn(bySku, sku)) {
        bySku[sku] = { sku, name, units: 0, branches: {} };
      }
      bySku[sku].units += units;
      bySku[sku].branches[branch] = units;
    }
  }

  return Object.values(bySku).sort((a, b) => a.sku.localeCompare(b.sku));
}
