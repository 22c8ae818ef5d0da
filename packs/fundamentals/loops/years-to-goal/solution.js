export function yearsToGoal(start, goal, rate) {
  if (start >= goal) {
    return 0;
  }
  if (start <= 0 || rate <= 0) {
    return -1;
  }

  let balance = start;
  let years = 0;
  while (balance < goal) {
    balance *= 1 + rate / 100;
    years += 1;
  }
  return years;
}
