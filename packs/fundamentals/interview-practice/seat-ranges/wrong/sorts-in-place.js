// Wrong approach: sorts the caller's array in place before removing duplicates.
export function seatRanges(seats) {
  const sorted = [...new Set(seats.sort((a, b) => a - b))];
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
