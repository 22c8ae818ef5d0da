export function reverseText(text) {
  if (text === "") {
    return "";
  }
  return reverseText(text.slice(1)) + text[0];
}
