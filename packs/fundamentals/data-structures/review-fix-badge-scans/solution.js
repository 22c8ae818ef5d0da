export function uniqueAttendees(scans) {
  const badges = new Set(scans);
  return badges.size;
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
  for (const [badge, count] of counts) {
    if (count >= minimum) {
      result.push(badge);
    }
  }
  return result;
}
