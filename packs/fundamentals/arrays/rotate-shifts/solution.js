export function rotateShifts(people) {
  const copy = [...people];
  if (copy.length === 0) {
    return copy;
  }
  const first = copy.shift();
  copy.push(first);
  return copy;
}
