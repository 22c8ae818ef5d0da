function sumOfDigits(text) {
  let total = 0;
  for (const char of text) {
    total += Number(char);
  }
  return total;
}

export function isLuckyTicket(ticket) {
  const digits = String(ticket).padStart(6, "0");
  return sumOfDigits(digits.slice(0, 3)) === sumOfDigits(digits.slice(3));
}
