export function uniqueAttendees(scans) {
  const badges = new Set(scans);
  return badges.length;
}

export function scansPerBadge(scans) {
  const counts = new Map();
  for (const badge of scans) {
    counts[badge] = (counts[badge] ?? 0) + 1;
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
