// Forgets the default city, so an invite without a city says "Unknown city: undefined".
export function toMinutes(time) {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

export function toClock(minutes) {
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  return String(hours).padStart(2, "0") + ":" + String(mins).padStart(2, "0");
}

const MINUTES_PER_DAY = 24 * 60;

export function cityOffset(city) {
  switch (city) {
    case "New York":
      return 1;
    case "Chicago":
      return 0;
    case "Denver":
      return -1;
    case "Los Angeles":
      return -2;
    default:
      return null;
  }
}

export function meetingInvite(cdmxTime, city) {
  const offset = cityOffset(city);
  if (offset === null) {
    return `Unknown city: ${city}`;
  }
  let minutes = toMinutes(cdmxTime) + offset * 60;
  let note = "";
  if (minutes >= MINUTES_PER_DAY) {
    minutes -= MINUTES_PER_DAY;
    note = " (next day)";
  } else if (minutes < 0) {
    minutes += MINUTES_PER_DAY;
    note = " (previous day)";
  }
  return `${cdmxTime} in Mexico City is ${toClock(minutes)} in ${city}${note}`;
}
