// Waits with Promise.all, so one supplier that fails or is too slow sinks the whole search.
function timeout(ms) {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
  });
}

export async function bestQuote(suppliers, item, ms) {
  let prices;
  try {
    prices = await Promise.all(suppliers.map((s) => Promise.race([s.quote(item), timeout(ms)])));
  } catch (error) {
    throw new Error(`No quotes for ${item}`);
  }
  let best = null;
  prices.forEach((price, index) => {
    if (best === null || price < best.centavos) {
      best = { supplier: suppliers[index].name, centavos: price };
    }
  });
  if (best === null) {
    throw new Error(`No quotes for ${item}`);
  }
  return { supplier: best.supplier, centavos: best.centavos, missing: [] };
}
