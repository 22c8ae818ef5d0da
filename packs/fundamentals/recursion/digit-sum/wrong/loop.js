// Wrong approach: removes the digits in a while loop instead of recursion.
export function digitSum(n) {
  let rest = Math.abs(n);
  let sum = 0;
  while (rest > 0) {
    sum += rest % 10;
    rest = Math.floor(rest / 10);
  }
  return sum;
}
