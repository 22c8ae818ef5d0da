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
  return chart[row][seat] === ".";
}

export function findPair(chart) {
  // Your code here
}
