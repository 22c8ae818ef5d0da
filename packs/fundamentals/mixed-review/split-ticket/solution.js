// The ticket printer of a café in Guadalajara. Prices are integer centavos and include IVA.

export function makeTicket(order, menu) {
  const lines = order.map(({ item, qty }) => {
    if (!Object.hasOwn(menu, item)) {
      throw new Error(`Not on the menu: ${item}`);
    }
    return { item, qty, centavos: qty * menu[item] };
  });
  const totalCentavos = lines.reduce((sum, line) => sum + line.centavos, 0);
  return { lines, totalCentavos };
}

export function formatPesos(centavos) {
  const pesos = Math.floor(centavos / 100);
  const rest = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${rest}`;
}

export function printTicket(ticket) {
  const rows = ticket.lines.map(
    (line) => `${String(line.qty).padStart(2)} ${line.item.padEnd(18)}${formatPesos(line.centavos).padStart(10)}`,
  );
  rows.push(`${"TOTAL".padEnd(21)}${formatPesos(ticket.totalCentavos).padStart(10)}`);
  return rows.join("\n");
}

// New feature: split the ticket between people.
export function splitTicket(ticket, people) {
  if (!Number.isInteger(people) || people < 1) {
    throw new RangeError("People must be a whole number of at least 1");
  }
  const share = Math.floor(ticket.totalCentavos / people);
  const extra = ticket.totalCentavos % people;
  const shares = [];
  for (let i = 0; i < people; i++) {
    shares.push(i < extra ? share + 1 : share);
  }
  return shares;
}

export function printSplit(ticket, people) {
  return splitTicket(ticket, people)
    .map((centavos, i) => `Person ${i + 1}: ${formatPesos(centavos)}`)
    .join("\n");
}
