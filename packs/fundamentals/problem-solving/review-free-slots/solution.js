function toMinutes(time) {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function toTime(minutes) {
  const hours = String(Math.floor(minutes / 60)).padStart(2, "0");
  const rest = String(minutes % 60).padStart(2, "0");
  return `${hours}:${rest}`;
}

export function freeSlots(busy, open, close, minMinutes) {
  const blocks = busy
    .map((block) => {
      const parts = block.split("-");
      return { start: toMinutes(parts[0]), end: toMinutes(parts[1]) };
    })
    .sort((a, b) => a.start - b.start);
  const end = toMinutes(close);
  const slots = [];
  let freeFrom = toMinutes(open);

  for (const block of blocks) {
    if (block.start >= end) {
      break;
    }
    if (block.start - freeFrom >= minMinutes) {
      slots.push(`${toTime(freeFrom)}-${toTime(block.start)}`);
    }
    if (block.end > freeFrom) {
      freeFrom = block.end;
    }
  }
  if (end - freeFrom >= minMinutes) {
    slots.push(`${toTime(freeFrom)}-${toTime(end)}`);
  }
  return slots;
}
