// Wrong approach: writes a run only when a different character arrives, so the last run is lost.
export function encode(text) {
  let result = "";
  let count = 1;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === text[i - 1]) {
      count++;
    } else {
      result += `${count}${text[i - 1]}`;
      count = 1;
    }
  }
  return result;
}

export function decode(code) {
  let result = "";
  for (const [, digits, char] of code.matchAll(/(\d+)(\D)/g)) {
    result += char.repeat(Number(digits));
  }
  return result;
}
