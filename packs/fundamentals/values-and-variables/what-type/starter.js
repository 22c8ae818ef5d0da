export function typeName(value) {
  // Your code here
}
