export function typeName(value) {
  return typeof value;
}
