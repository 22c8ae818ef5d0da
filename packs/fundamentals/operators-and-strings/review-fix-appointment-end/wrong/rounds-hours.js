// Rounds the hours to the nearest one, so 11:45 becomes 12:45.
export function toMinutes(time) {
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3));
  return hours * 60 + minutes;
}

export function toClock(totalMinutes) {
  const hours = Math.round(totalMinutes / 60) % 24;
  const minutes = totalMinutes % 60;
  return String(hours).padStart(2, "0") + ":" + String(minutes).padStart(2, "0");
}

export function endTime(start, durationMinutes) {
  return toClock(toMinutes(start) + durationMinutes);
}
