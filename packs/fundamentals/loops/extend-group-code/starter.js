export function groupCode(code) {
  let result = "";
  for (let i = 0; i < code.length; i++) {
    if (i > 0 && i % 4 === 0) {
      result += "-";
    }
    result += code[i];
  }
  return result;
}
