// Wrong fix: replaces the recursion with loops, which the instructions rule out.
// lines: [{ name: "Tamal verde", qty: 3, price: 2800 }], prices in centavos.

// The sum of qty × price over all the lines.
export function orderTotal(lines) {
  let total = 0;
  for (const line of lines) {
    total += line.qty * line.price;
  }
  return total;
}

// How many units in all: 3 tamales and 2 atoles are 5 units.
export function countUnits(lines) {
  let units = 0;
  for (let i = 0; i < lines.length; i++) {
    units += lines[i].qty;
  }
  return units;
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
