// accepts hours written with one digit, like "7:30"
function toMinutes(text) {
  if (typeof text !== "string" || !/^[0-9]{1,2}:[0-9]{2}$/.test(text)) {
    throw new Error(`Invalid time: "${text}"`);
  }
  const hours = Number(text.split(":")[0]);
  const minutes = Number(text.split(":")[1]);
  if (hours > 23 || minutes > 59) {
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
