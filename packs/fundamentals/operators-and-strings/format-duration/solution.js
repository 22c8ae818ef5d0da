const MINUTES_PER_HOUR = 60;

export function formatDuration(totalMinutes) {
  const hours = Math.floor(totalMinutes / MINUTES_PER_HOUR);
  const minutes = totalMinutes % MINUTES_PER_HOUR;
  const paddedMinutes = String(minutes).padStart(2, '0');
  return `${hours}:${paddedMinutes}`;
}
