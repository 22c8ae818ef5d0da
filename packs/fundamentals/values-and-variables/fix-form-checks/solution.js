export function isText(value) {
  return typeof value === "string";
}

export function isMissing(value) {
  return value === undefined;
}

export function isBrokenNumber(value) {
  return Number.isNaN(value);
}
