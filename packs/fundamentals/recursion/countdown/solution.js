export function countdown(n) {
  if (n <= 0) {
    return "Lift off!";
  }
  return `${n} ${countdown(n - 1)}`;
}
