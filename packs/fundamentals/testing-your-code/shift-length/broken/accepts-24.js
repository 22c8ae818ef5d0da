// accepts 24 as an hour
function toMinutes(text) {
  if (typeof text !== "string" || !/^[0-9]{2}:[0-9]{2}$/.test(text)) {
    throw new Error(`Invalid time: "${text}"`);
  }
  const hours = Number(text.slice(0, 2));
  const minutes = Number(text.slice(3));
  if (hours > 24 || minutes > 59) {
    throw new Error(`Invalid time: "${text}"`);
  }
  return hours * 60 + minutes;
}

export function shiftLength(start, end) {
  const from = toMinutes(start);
  const to = toMinutes(end);
  if (to >= from) {
    return to - from;
  }
  return to + 24 * 60 - from;
}
