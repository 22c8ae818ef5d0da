function callFor(number) {
  if (String(number).includes("7")) {
    return "lucky";
  }
  if (number % 3 === 0 && number % 4 === 0) {
    return "mollete";
  }
  if (number % 3 === 0) {
    return "pan";
  }
  if (number % 4 === 0) {
    return "queso";
  }
  return String(number);
}

export function marketCalls(n) {
  const calls = [];
  for (let number = 1; number <= n; number++) {
    calls.push(callFor(number));
  }
  return calls;
}
