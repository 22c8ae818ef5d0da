export function isMissing(value) {
  return value === undefined;
}
