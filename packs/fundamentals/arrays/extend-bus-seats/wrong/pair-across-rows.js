// Wrong approach: treats the last seat of a row and the first seat of the next row
// as neighbors, because it walks all the seats as one long line.
export function countFree(chart) {
  let free = 0;
  for (const row of chart) {
    for (const seat of row) {
      if (seat === ".") {
        free++;
      }
    }
  }
  return free;
}

export function isFree(chart, row, seat) {
  if (chart[row] === undefined) {
    return false;
  }
  return chart[row][seat] === ".";
}

export function findPair(chart) {
  let previous = "X";
  let previousPosition = null;
  for (let row = 0; row < chart.length; row++) {
    for (let seat = 0; seat < chart[row].length; seat++) {
      if (chart[row][seat] === "." && previous === ".") {
        return previousPosition;
      }
      previous = chart[row][seat];
      previousPosition = [row, seat];
    }
  }
  return null;
}
