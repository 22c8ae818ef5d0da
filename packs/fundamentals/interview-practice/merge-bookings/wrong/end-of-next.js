// Wrong approach: always takes the later booking's end, so a booking inside a longer one shrinks the block.
export function busyBlocks(bookings) {
  const sorted = [...bookings].sort((a, b) => a[0] - b[0]);
  const blocks = [];
  for (const [start, end] of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) {
      last[1] = end;
    } else {
      blocks.push([start, end]);
    }
  }
  return blocks;
}
