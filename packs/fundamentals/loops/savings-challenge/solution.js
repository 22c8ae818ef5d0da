export function savedBetween(firstDay, lastDay) {
  let total = 0;
  for (let day = firstDay; day <= lastDay; day++) {
    total += day;
  }
  return total;
}
