// Wrong: checks "only digits" with Number(), which accepts "12.5" and " 1e5".
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
  if (Number.isNaN(Number(clabe))) {
    return "not digits";
  }
  if (clabe.length !== 18) {
    return "wrong length";
  }
  if (checkDigit(clabe.slice(0, 17)) !== Number(clabe[17])) {
    return "wrong check digit";
  }
  return "valid";
}
