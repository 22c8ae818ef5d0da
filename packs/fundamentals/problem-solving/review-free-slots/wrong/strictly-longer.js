// Wrong: keeps only slots longer than the minimum, so a slot exactly that long is lost, and it
// sorts the caller's array in place.
function toMinutes(time) {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function toTime(minutes) {
  const hours = String(Math.floor(minutes / 60)).padStart(2, "0");
  const rest = String(minutes % 60).padStart(2, "0");
  return `${hours}:${rest}`;
}

export function freeSlots(busy, open, close, minMinutes) {
  busy.sort();
  const end = toMinutes(close);
  const slots = [];
  let freeFrom = toMinutes(open);
  for (const block of busy) {
    const start = toMinutes(block.slice(0, 5));
    const stop = toMinutes(block.slice(6, 11));
    if (start >= end) {
      break;
    }
    if (start - freeFrom > minMinutes) {
      slots.push(`${toTime(freeFrom)}-${toTime(start)}`);
    }
    if (stop > freeFrom) {
      freeFrom = stop;
    }
  }
  if (end - freeFrom > minMinutes) {
    slots.push(`${toTime(freeFrom)}-${toTime(end)}`);
  }
  return slots;
}
