// Wrong approach: merges only when the next booking starts strictly before the block ends, so touching bookings stay apart.
export function busyBlocks(bookings) {
  const sorted = [...bookings].sort((a, b) => a[0] - b[0]);
  const blocks = [];
  for (const [start, end] of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && start < last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      blocks.push([start, end]);
    }
  }
  return blocks;
}
