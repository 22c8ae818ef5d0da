// gives the extra centavos to the last people instead of the first
export function splitBill(total, people) {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError("Total must be a whole number of centavos, 0 or more");
  }
  if (!Number.isInteger(people) || people < 1) {
    throw new RangeError("People must be a whole number, at least 1");
  }
  const base = Math.floor(total / people);
  const leftover = total % people;
  const shares = [];
  for (let i = 0; i < people; i++) {
    shares.push(i >= people - leftover ? base + 1 : base);
  }
  return shares;
}
