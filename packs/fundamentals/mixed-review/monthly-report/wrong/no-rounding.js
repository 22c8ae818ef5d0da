// Wrong approach: multiplies pesos by 100 without rounding, so the centavos are not exact integers.
function pesos(centavos) {
  const sign = centavos < 0 ? "-" : "";
  const abs = Math.abs(centavos);
  return `${sign}$${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function summarize(csv) {
  const lines = csv.split("\n");
  let income = 0;
  let spending = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    const amount = lines[i].split(",")[2]?.trim() ?? "";
    const centavos = Number(amount) * 100;
    if (amount === "" || Number.isNaN(centavos)) {
      throw new Error(`invalid amount on line ${i + 1}`);
    }
    if (centavos > 0) income += centavos;
    else spending -= centavos;
  }
  return { income, spending, balance: income - spending };
}

export async function monthlyReport(months, loadStatement) {
  const results = await Promise.allSettled(months.map((month) => loadStatement(month)));
  const lines = [];
  let total = 0;

  results.forEach((result, i) => {
    const month = months[i];
    if (result.status === "rejected") {
      lines.push(`${month}: not available (${result.reason.message})`);
      return;
    }
    try {
      const { income, spending, balance } = summarize(result.value);
      total += balance;
      lines.push(`${month}: income ${pesos(income)}, spending ${pesos(spending)}, balance ${pesos(balance)}`);
    } catch (error) {
      lines.push(`${month}: ${error.message}`);
    }
  });

  lines.push(`Total balance: ${pesos(total)}`);
  return lines.join("\n");
}
