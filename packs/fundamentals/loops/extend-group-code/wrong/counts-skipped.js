// Wrong approach: skips spaces and dashes but still places the dashes by the index i,
// which counts the skipped characters too.
export function groupCode(code) {
  let result = "";
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (char === " " || char === "-") {
      continue;
    }
    if (i > 0 && i % 4 === 0) {
      result += "-";
    }
    result += char.toUpperCase();
  }
  return result;
}
