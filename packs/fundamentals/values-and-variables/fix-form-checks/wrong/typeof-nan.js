// Wrong fix: asks typeof for "NaN", but the type of NaN is "number", so this is never true.
export function isText(value) {
  return typeof value === "string";
}

export function isMissing(value) {
  return value === undefined;
}

export function isBrokenNumber(value) {
  return typeof value === "NaN";
}
