export function digitSum(n) {
  if (n < 0) {
    return digitSum(-n);
  }
  if (n < 10) {
    return n;
  }
  return (n % 10) + digitSum(Math.floor(n / 10));
}
