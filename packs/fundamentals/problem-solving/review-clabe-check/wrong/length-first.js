// Wrong: checks the length before the digits, so "0321-8000-..." is reported as a wrong length.
function checkDigit(first17) {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    sum += (Number(first17[i]) * weights[i % 3]) % 10;
  }
  return (10 - (sum % 10)) % 10;
}

export function checkClabe(text) {
  const clabe = text.replaceAll(" ", "");
  if (clabe.length !== 18) {
    return "wrong length";
  }
  for (const char of clabe) {
    if (char < "0" || char > "9") {
      return "not digits";
    }
  }
  if (checkDigit(clabe.slice(0, 17)) !== Number(clabe[17])) {
    return "wrong check digit";
  }
  return "valid";
}
