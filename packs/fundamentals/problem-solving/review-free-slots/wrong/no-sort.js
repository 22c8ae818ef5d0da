// Wrong: walks through the blocks in the order they come, without sorting them by start.
function toMinutes(time) {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function toTime(minutes) {
  const hours = String(Math.floor(minutes / 60)).padStart(2, "0");
  const rest = String(minutes % 60).padStart(2, "0");
  return `${hours}:${rest}`;
}

export function freeSlots(busy, open, close, minMinutes) {
  const end = toMinutes(close);
  const slots = [];
  let freeFrom = toMinutes(open);
  for (const block of busy) {
    const parts = block.split("-");
    const start = toMinutes(parts[0]);
    const stop = toMinutes(parts[1]);
    if (start >= end) {
      break;
    }
    if (start > freeFrom && start - freeFrom >= minMinutes) {
      slots.push(`${toTime(freeFrom)}-${toTime(start)}`);
    }
    if (stop > freeFrom) {
      freeFrom = stop;
    }
  }
  if (end - freeFrom >= minMinutes) {
    slots.push(`${toTime(freeFrom)}-${toTime(end)}`);
  }
  return slots;
}
