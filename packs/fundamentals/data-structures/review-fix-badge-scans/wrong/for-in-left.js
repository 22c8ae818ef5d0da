// Fixes size and set/get, but regulars still loops over the Map with for...in.
export function uniqueAttendees(scans) {
  return new Set(scans).size;
}

export function scansPerBadge(scans) {
  const counts = new Map();
  for (const badge of scans) {
    counts.set(badge, (counts.get(badge) ?? 0) + 1);
  }
  return counts;
}

export function regulars(scans, minimum) {
  const counts = scansPerBadge(scans);
  const result = [];
  for (const badge in counts) {
    if (counts.get(badge) >= minimum) {
      result.push(badge);
    }
  }
  return result;
}
