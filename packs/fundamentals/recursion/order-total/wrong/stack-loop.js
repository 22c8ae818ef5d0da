// Wrong fix: works through a stack of lines left to visit in a while loop, with no recursion.
// lines: [{ name: "Tamal verde", qty: 3, price: 2800 }], prices in centavos.

// The sum of qty × price over all the lines.
export function orderTotal(lines) {
  const toVisit = [...lines];
  let total = 0;
  while (toVisit.length > 0) {
    const line = toVisit.pop();
    total += line.qty * line.price;
  }
  return total;
}

// How many units in all: 3 tamales and 2 atoles are 5 units.
export function countUnits(lines) {
  const toVisit = [...lines];
  let units = 0;
  while (toVisit.length > 0) {
    units += toVisit.pop().qty;
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
