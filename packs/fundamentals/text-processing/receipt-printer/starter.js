import { formatMoney } from "./money.js";

export const WIDTH = 32;
const AMOUNT_WIDTH = 10;

// One line of the receipt: the label on the left, the amount on the right.
export function receiptLine(label, centavos) {
  return label.padEnd(WIDTH - AMOUNT_WIDTH) + formatMoney(centavos).padStart(AMOUNT_WIDTH);
}

// The IVA contained in a total that already includes 16% IVA (new feature, see the instructions).
export function includedIva(total) {
  // Your code here
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
  return lines.join("\n");
}
