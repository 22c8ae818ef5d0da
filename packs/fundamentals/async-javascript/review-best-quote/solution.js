function timeout(ms) {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`Timed out after ${ms} ms`)), ms);
  });
}

export async function bestQuote(suppliers, item, ms) {
  const answers = await Promise.allSettled(
    suppliers.map((supplier) => Promise.race([supplier.quote(item), timeout(ms)])),
  );
  let best = null;
  const missing = [];
  answers.forEach((answer, index) => {
    const name = suppliers[index].name;
    if (answer.status === "rejected") {
      missing.push(name);
    } else if (best === null || answer.value < best.centavos) {
      best = { supplier: name, centavos: answer.value };
    }
  });
  if (best === null) {
    throw new Error(`No quotes for ${item}`);
  }
  return { supplier: best.supplier, centavos: best.centavos, missing };
}
