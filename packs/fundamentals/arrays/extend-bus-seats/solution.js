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
  for (let row = 0; row < chart.length; row++) {
    for (let seat = 0; seat < chart[row].length - 1; seat++) {
      if (chart[row][seat] === "." && chart[row][seat + 1] === ".") {
        return [row, seat];
      }
    }
  }
  return null;
}
