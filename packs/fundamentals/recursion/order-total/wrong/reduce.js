// Wrong fix: hands the adding up to reduce instead of fixing the recursion.
// lines: [{ name: "Tamal verde", qty: 3, price: 2800 }], prices in centavos.

// The sum of qty × price over all the lines.
export function orderTotal(lines) {
  return lines.reduce((total, line) => total + line.qty * line.price, 0);
}

// How many units in all: 3 tamales and 2 atoles are 5 units.
export function countUnits(lines) {
  return lines.reduce((units, line) => units + line.qty, 0);
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
