// checks only that the text has five characters
export function isValidPostalCode(code) {
  return typeof code === "string" && code.length === 5;
}
