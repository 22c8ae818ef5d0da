// forgets shifts that cross midnight (they come out negative)
function toMinutes(text) {
  if (typeof text !== "string" || !/^[0-9]{2}:[0-9]{2}$/.test(text)) {
    throw new Error(`Invalid time: "${text}"`);
  }
  const hours = Number(text.slice(0, 2));
  const minutes = Number(text.slice(3));
  if (hours > 23 || minutes > 59) {
    throw new Error(`Invalid time: "${text}"`);
  }
  return hours * 60 + minutes;
}

export function shiftLength(start, end) {
  const from = toMinutes(start);
  const to = toMinutes(end);
  return to - from;
}
