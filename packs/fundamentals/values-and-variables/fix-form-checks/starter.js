export function isText(value) {
  return typeof value === "String";
}

export function isMissing(value) {
  return value = undefined;
}

export function isBrokenNumber(value) {
  return value === NaN;
}
