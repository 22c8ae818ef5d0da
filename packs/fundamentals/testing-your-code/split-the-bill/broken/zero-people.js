// returns an empty list for 0 people instead of throwing
export function splitBill(total, people) {
  if (!Number.isInteger(total) || total < 0) {
    throw new RangeError("Total must be a whole number of centavos, 0 or more");
  }
  if (!Number.isInteger(people) || people < 0) {
    throw new RangeError("People must be a whole number, at least 1");
  }
  const base = Math.floor(total / people);
  const leftover = total % people;
  const shares = [];
  for (let i = 0; i < people; i++) {
    shares.push(i < leftover ? base + 1 : base);
  }
  return shares;
}
