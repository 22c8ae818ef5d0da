// lines: [{ name: "Tamal verde", qty: 3, price: 2800 }], prices in centavos.

// The sum of qty × price over all the lines.
export function orderTotal(lines) {
  if (lines.length === 0) {
    return 0;
  }
  const first = lines[0];
  const rest = lines.slice(0);
  return first.qty * first.price + orderTotal(rest);
}

// How many units in all: 3 tamales and 2 atoles are 5 units.
export function countUnits(lines) {
  if (lines.length === 0) {
    return 0;
  }
  lines[0].qty + countUnits(lines.slice(1));
}

// The names of the lines, joined with ", ".
export function itemList(lines) {
  if (lines.length === 0) {
    return "";
  }
  if (lines.length === 1) {
    return lines[0].name;
  }
  return lines[0].name + ", " + itemList(lines.slice(1));
}
