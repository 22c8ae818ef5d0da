// Wrong approach: uses sort() without a compare function, which orders the numbers as text.
export function seatRanges(seats) {
  const sorted = [...new Set(seats)].sort();
  const parts = [];
  let start = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === sorted.length - 1 || sorted[i + 1] !== sorted[i] + 1) {
      parts.push(start === i ? `${sorted[i]}` : `${sorted[start]}-${sorted[i]}`);
      start = i + 1;
    }
  }
  return parts.join(", ");
}
