const DENOMINATIONS = [100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50];

export function makeChange(price, paid) {
  let change = paid - price;
  if (change < 0 || change % 50 !== 0) {
    return null;
  }
  const pieces = {};
  for (const value of DENOMINATIONS) {
    const count = Math.floor(change / value);
    if (count > 0) {
      pieces[value] = count;
      change = change % value;
    }
  }
  return pieces;
}
