// Wrong approach: decode reads only one digit before each character, so counts of 10 or more break.
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
  for (let i = 0; i < code.length; i += 2) {
    result += code[i + 1].repeat(Number(code[i]));
  }
  return result;
}
