// Wrong fix: the older global isNaN converts its argument first, so isNaN("hola") is true.
export function isText(value) {
  return typeof value === "string";
}

export function isMissing(value) {
  return value === undefined;
}

export function isBrokenNumber(value) {
  return isNaN(value);
}
