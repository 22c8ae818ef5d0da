// Wrong approach: writes a run only when a gap follows it, so the last run of the list is lost.
export function seatRanges(seats) {
  const sorted = [...new Set(seats)].sort((a, b) => a - b);
  const parts = [];
  let start = 0;
  for (let i = 0; i < sorted.length - 1; i++) {
    if (sorted[i + 1] !== sorted[i] + 1) {
      parts.push(start === i ? `${sorted[i]}` : `${sorted[start]}-${sorted[i]}`);
      start = i + 1;
    }
  }
  return parts.join(", ");
}
