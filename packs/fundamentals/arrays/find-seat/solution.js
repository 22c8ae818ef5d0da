export function findSeat(chart, name) {
  for (let r = 0; r < chart.length; r++) {
    for (let s = 0; s < chart[r].length; s++) {
      if (chart[r][s] === name) {
        return `row ${r + 1}, seat ${s + 1}`;
      }
    }
  }
  return null;
}
