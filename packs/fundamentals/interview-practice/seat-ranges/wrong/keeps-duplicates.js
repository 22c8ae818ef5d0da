// Wrong approach: sorts without removing repeated seats, so a repeat breaks a run in two.
export function seatRanges(seats) {
  const sorted = [...seats].sort((a, b) => a - b);
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
