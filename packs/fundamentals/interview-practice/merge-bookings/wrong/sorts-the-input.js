// Wrong approach: sorts the array it receives in place and stretches the caller's pairs, changing the input.
export function busyBlocks(bookings) {
  bookings.sort((a, b) => a[0] - b[0]);
  const blocks = [];
  for (const booking of bookings) {
    const last = blocks[blocks.length - 1];
    if (last && booking[0] <= last[1]) {
      last[1] = Math.max(last[1], booking[1]);
    } else {
      blocks.push(booking);
    }
  }
  return blocks;
}
