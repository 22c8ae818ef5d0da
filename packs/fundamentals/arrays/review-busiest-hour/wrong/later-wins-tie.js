// Uses >= when comparing counts, so the later hour wins a tie.
function hourLabel(hour) {
  return String(hour).padStart(2, "0") + ":00";
}

export function ordersPerHour(times) {
  const counts = [];
  for (let hour = 0; hour < 24; hour++) {
    counts.push(0);
  }
  for (const time of times) {
    const hour = Number(time.split(":")[0]);
    counts[hour] = counts[hour] + 1;
  }
  return counts;
}

export function busiestHour(times) {
  const counts = ordersPerHour(times);
  let best = 0;
  for (let hour = 1; hour < counts.length; hour++) {
    if (counts[hour] >= counts[best]) {
      best = hour;
    }
  }
  if (counts[best] === 0) {
    return null;
  }
  return hourLabel(best);
}

export function quietHours(times, openHour, closeHour) {
  const counts = ordersPerHour(times);
  const quiet = [];
  for (let hour = openHour; hour < closeHour; hour++) {
    if (counts[hour] === 0) {
      quiet.push(hourLabel(hour));
    }
  }
  return quiet;
}
