// Wrong approach: lets toLocaleString do the work.
export function withCommas(digits) {
  return Number(digits).toLocaleString("en-US");
}
