export function toMinutes(time) {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

export function toClock(minutes) {
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  return String(hours).padStart(2, "0") + ":" + String(mins).padStart(2, "0");
}

export function cityOffset(city) {
  // Your code here
}

export function meetingInvite(cdmxTime, city) {
  // Your code here
}
