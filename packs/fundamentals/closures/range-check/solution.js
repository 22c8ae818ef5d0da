export function makeRangeCheck(min, max) {
  return (value) => value >= min && value <= max;
}
