// Wrong: counts positions from 1, so the weights start at 7 instead of 3.
function checkDigit(first17) {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 1; i <= first17.length; i++) {
    sum += (Number(first17[i - 1]) * weights[i % 3]) % 10;
  }
  return (10 - (sum % 10)) % 10;
}

export function checkClabe(text) {
  const clabe = text.replaceAll(" ", "");
  for (const char of clabe) {
    if (char < "0" || char > "9") {
      return "not digits";
    }
  }
  if (clabe.length !== 18) {
    return "wrong length";
  }
  if (checkDigit(clabe.slice(0, 17)) !== Number(clabe[17])) {
    return "wrong check digit";
  }
  return "valid";
}
