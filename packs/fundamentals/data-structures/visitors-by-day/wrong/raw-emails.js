// Wrong fix: fixes the Map and the count, but drops the cleaning of the emails,
// so "Ana@Correo.mx " and "ana@correo.mx" count as two people.
// visits: [{ day: "2024-05-06", email: "ana@correo.mx" }, ...]
// Returns a Map from each day to the Set of emails that visited that day.
export function visitorsByDay(visits) {
  const byDay = new Map();
  for (const visit of visits) {
    const email = visit.email;
    if (!byDay.has(visit.day)) {
      byDay.set(visit.day, new Set());
    }
    byDay.get(visit.day).add(email);
  }
  return byDay;
}

// How many different people visited on a day (0 for a day without visits).
export function uniqueCount(byDay, day) {
  if (!byDay.has(day)) {
    return 0;
  }
  return [...byDay.get(day)].length;
}

// The emails that visited on both days, in the order of the first day.
export function returningVisitors(byDay, firstDay, secondDay) {
  const first = byDay.get(firstDay) ?? new Set();
  const second = byDay.get(secondDay) ?? new Set();
  return [...first].filter((email) => second.has(email));
}
