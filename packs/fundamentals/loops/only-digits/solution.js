export function onlyDigits(phone) {
  let digits = '';
  for (const char of phone) {
    if (char === 'x' || char === 'X') {
      break;
    }
    if (char < '0' || char > '9') {
      continue;
    }
    digits += char;
  }
  return digits;
}
