export function parseTime(text) {
  if (typeof text !== "string") {
    throw new TypeError("Time must be a string");
  }

  const parts = text.split(":");
  const badFormat =
    parts.length !== 2 ||
    parts[0] === "" ||
    parts[1] === "" ||
    Number.isNaN(Number(parts[0])) ||
    Number.isNaN(Number(parts[1]));
  if (badFormat) {
    throw new Error(`Invalid time format: "${text}"`);
  }

  const hours = Number(parts[0]);
  const minutes = Number(parts[1]);
  if (hours < 0 || hours > 23) {
    throw new RangeError("Hours must be 0-23");
  }
  if (minutes < 0 || minutes > 59) {
    throw new RangeError("Minutes must be 0-59");
  }
  return { hours, minutes };
}
