export function encode(text) {
  let result = "";
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    count++;
    if (text[i] !== text[i + 1]) {
      result += `${count}${text[i]}`;
      count = 0;
    }
  }
  return result;
}

export function decode(code) {
  let result = "";
  let digits = "";
  for (const char of code) {
    if (char >= "0" && char <= "9") {
      digits += char;
    } else {
      result += char.repeat(Number(digits));
      digits = "";
    }
  }
  return result;
}
