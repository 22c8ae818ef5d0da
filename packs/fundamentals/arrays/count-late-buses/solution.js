export function countLateBuses(delays, tolerance = 2) {
  let late = 0;
  for (const delay of delays) {
    if (delay > tolerance) {
      late++;
    }
  }
  return late;
}
