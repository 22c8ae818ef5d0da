// Capitalizes only after spaces, so "ana-sofía" becomes "Ana-sofía".
export function tidyName(text) {
  let result = "";
  let startOfWord = true;
  let spaceWaiting = false;
  for (const char of text) {
    if (char === " ") {
      spaceWaiting = true;
      startOfWord = true;
      continue;
    }
    if (spaceWaiting && result !== "") {
      result += " ";
    }
    spaceWaiting = false;
    if (startOfWord) {
      result += char.toUpperCase();
    } else {
      result += char.toLowerCase();
    }
    startOfWord = false;
  }
  return result;
}
