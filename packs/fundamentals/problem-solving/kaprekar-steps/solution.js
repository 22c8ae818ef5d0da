function fourDigits(n) {
  return String(n).padStart(4, "0").split("");
}

function nextNumber(n) {
  const digits = fourDigits(n);
  const small = Number([...digits].sort((a, b) => Number(a) - Number(b)).join(""));
  const big = Number([...digits].sort((a, b) => Number(b) - Number(a)).join(""));
  return big - small;
}

export function kaprekarSteps(n) {
  if (n < 0 || n > 9999) {
    return null;
  }
  const digits = fourDigits(n);
  if (digits.every((digit) => digit === digits[0])) {
    return -1;
  }
  let steps = 0;
  let current = n;
  while (current !== 6174) {
    current = nextNumber(current);
    steps++;
  }
  return steps;
}
