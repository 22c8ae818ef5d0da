// Writes a space as soon as it sees one after a word, so a name typed with spaces at the end keeps one.
export function tidyName(text) {
  let result = "";
  let startOfWord = true;
  let spaceWaiting = false;
  for (const char of text) {
    if (char === " ") {
      if (!startOfWord) {
        result += " ";
      }
      startOfWord = true;
      continue;
    }
    if (startOfWord) {
      result += char.toUpperCase();
    } else {
      result += char.toLowerCase();
    }
    startOfWord = char === "-";
  }
  return result;
}
