// Asks the suppliers one after another, each with its own time limit.
function timeout(ms) {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
  });
}

export async function bestQuote(suppliers, item, ms) {
  let best = null;
  const missing = [];
  for (const supplier of suppliers) {
    try {
      const price = await Promise.race([supplier.quote(item), timeout(ms)]);
      if (best === null || price < best.centavos) {
        best = { supplier: supplier.name, centavos: price };
      }
    } catch (error) {
      missing.push(supplier.name);
    }
  }
  if (best === null) {
    throw new Error(`No quotes for ${item}`);
  }
  return { supplier: best.supplier, centavos: best.centavos, missing };
}
