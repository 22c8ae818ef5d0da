export function typeLabel(value) {
  return `${value} (${typeof value})`;
}
