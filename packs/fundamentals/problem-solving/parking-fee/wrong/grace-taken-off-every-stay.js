// Wrong approach: takes the 15 free minutes off every stay, so a stay of 75 minutes is charged as 1 hour.
export const FIRST_HOUR = 2500; // centavos
export const EXTRA_HOUR = 1500; // centavos
export const GRACE_MINUTES = 15;
export const DAILY_MAX = 12000; // centavos

// "09:05" → 545 (minutes after midnight)
export function toMinutes(time) {
  const parts = time.split(":");
  return Number(parts[0]) * 60 + Number(parts[1]);
}

// Every started hour counts as a whole hour: 61 minutes → 2 hours.
export function hoursCharged(minutes) {
  return Math.ceil(minutes / 60);
}

// The fee in centavos for a stay of `minutes`.
export function parkingFee(minutes) {
  const hours = hoursCharged(minutes - GRACE_MINUTES);
  if (hours <= 0) {
    return 0;
  }
  const fee = FIRST_HOUR + (hours - 1) * EXTRA_HOUR;
  return Math.min(fee, DAILY_MAX);
}

// 5500 → "$55.00"
export function formatPesos(centavos) {
  return "$" + Math.floor(centavos / 100) + "." + String(centavos % 100).padStart(2, "0");
}

// Minutes from entry to exit; an exit earlier than the entry is on the next day.
export function stayMinutes(entry, exit) {
  const minutes = toMinutes(exit) - toMinutes(entry);
  if (minutes < 0) {
    return minutes + 24 * 60;
  }
  return minutes;
}

// ticketSummary("10:05", "12:35") → "2 h 30 min: $55.00"
export function ticketSummary(entry, exit) {
  const minutes = stayMinutes(entry, exit);
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min: ${formatPesos(parkingFee(minutes))}`;
}
