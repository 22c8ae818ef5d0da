// Wrong approach: takes 16% of the total, but the total already includes IVA, so the IVA is 16% of the amount before it.
import { formatMoney } from "./money.js";

export const WIDTH = 32;
const AMOUNT_WIDTH = 10;
const LABEL_WIDTH = WIDTH - AMOUNT_WIDTH;

// Labels longer than the label column are cut and end with "…".
export function fitLabel(label) {
  if (label.length <= LABEL_WIDTH) {
    return label;
  }
  return label.slice(0, LABEL_WIDTH - 1) + "…";
}

// One line of the receipt: the label on the left, the amount on the right.
export function receiptLine(label, centavos) {
  return fitLabel(label).padEnd(LABEL_WIDTH) + formatMoney(centavos).padStart(AMOUNT_WIDTH);
}

// The IVA contained in a total that already includes 16% IVA.
export function includedIva(total) {
  return Math.round(total * 0.16);
}

// items: [{ name: "Café de olla", qty: 2, price: 4500 }], prices in centavos, IVA included.
export function printReceipt(items) {
  const lines = [];
  let total = 0;
  for (const item of items) {
    const amount = item.qty * item.price;
    total += amount;
    lines.push(receiptLine(`${item.qty} x ${item.name}`, amount));
  }
  lines.push("-".repeat(WIDTH));
  lines.push(receiptLine("TOTAL", total));
  lines.push(receiptLine("IVA included", includedIva(total)));
  return lines.join("\n");
}
