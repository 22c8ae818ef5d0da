export function groupCode(code) {
  let result = "";
  let kept = 0;
  for (const char of code) {
    if (char === " " || char === "-") {
      continue;
    }
    if (kept > 0 && kept % 4 === 0) {
      result += "-";
    }
    result += char.toUpperCase();
    kept++;
  }
  return result;
}
